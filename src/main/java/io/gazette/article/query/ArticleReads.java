package io.gazette.article.query;

import io.gazette.article.Article;
import io.gazette.article.ArticleRepository;
import io.gazette.article.ArticleViews;
import io.gazette.article.Section;
import io.gazette.article.dto.ArticleCard;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.article.dto.ArticleView;
import io.gazette.article.dto.SectionView;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything that reads articles without changing them: lists, sections, one article, previews. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleReads {

    private final ArticleRepository articles;
    private final ArticleSearch search;
    private final ArticleCursors cursors;
    private final ArticleCounts counts;
    private final ArticleViews views;

    ArticleReads(ArticleRepository articles, ArticleSearch search, ArticleCursors cursors, ArticleCounts counts,
                 ArticleViews views) {
        this.articles = articles;
        this.search = search;
        this.cursors = cursors;
        this.counts = counts;
        this.views = views;
    }

    public PagedList<ArticleCard> list(ArticleQuery query) {
        ArticleListSql sql = new ArticleListSql(query, search);
        int size = query.page().size();
        if (!query.cursorMode()) {
            List<Article> found = articles.withRelations(articles.ids(sql.page(null, query.page().offset(), size)));
            return new PagedList<>(views.cards(found, query), PageMeta.of(query.page(), counts.count(query.fingerprint(), sql)));
        }
        ArticleListSql.Keyset after = query.cursor().isEmpty() ? null : cursors.read(query);
        // One extra row tells whether a next page exists, instead of counting.
        List<Long> ids = articles.ids(sql.page(after, 0, size + 1));
        boolean more = ids.size() > size;
        List<Article> found = articles.withRelations(more ? ids.subList(0, size) : ids);
        String next = more ? cursors.after(found.get(found.size() - 1), query) : null;
        return new PagedList<>(views.cards(found, query), PageMeta.cursor(size, next));
    }

    public PagedList<SectionView> sections(String language) {
        Map<Section, Long> published = articles.publishedPerSection();
        List<SectionView> items = Arrays.stream(Section.values())
                .map(section -> new SectionView(section, section.displayName(language), published.getOrDefault(section, 0L)))
                .sorted(Comparator.comparingLong(SectionView::articleCount).reversed())
                .toList();
        return new PagedList<>(items, PageMeta.single(items.size(), items.size()));
    }

    public ArticleView published(String slug) {
        return articles.findPublishedBySlug(slug).map(views::publicView)
                .orElseThrow(() -> ProblemException.notFound("article", slug));
    }

    /** What a preview link shows: the article in any status, but only what a reader would see once it is out. */
    public Optional<ArticleView> preview(long id) {
        return articles.findByIdOptional(id).map(views::publicView);
    }

    public ArticleEditorView anyStatus(String slug) {
        return views.editorView(articles.require(slug));
    }
}
