package io.gazette.article.query;

import io.gazette.article.ArticleRepository;
import io.gazette.article.ArticleRows;
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
import java.util.HashMap;
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
    private final ArticleRows rows;

    ArticleReads(ArticleRepository articles, ArticleSearch search, ArticleCursors cursors, ArticleCounts counts,
                 ArticleViews views, ArticleRows rows) {
        this.rows = rows;
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
            List<ArticleRows.Card> found = cards(articles.ids(sql.page(null, query.page().offset(), size)), query);
            return new PagedList<>(views.cards(found, query), PageMeta.of(query.page(), counts.count(query.fingerprint(), sql)));
        }
        ArticleListSql.Keyset after = query.cursor().isEmpty() ? null : cursors.read(query);
        // One extra row tells whether a next page exists, instead of counting.
        List<Long> ids = articles.ids(sql.page(after, 0, size + 1));
        boolean more = ids.size() > size;
        List<ArticleRows.Card> found = cards(more ? ids.subList(0, size) : ids, query);
        String next = more ? cursors.after(found.get(found.size() - 1), query) : null;
        return new PagedList<>(views.cards(found, query), PageMeta.cursor(size, next));
    }

    /**
     * The first page of a list as rows rather than cards (feeds show updatedAt and may show bodies), without counting:
     * one indexed statement for the ids, then the rows.
     */
    public List<ArticleRows.Card> firstPageRows(ArticleQuery query, boolean bodies) {
        List<Long> ids = articles.ids(new ArticleListSql(query, search).page(null, 0, query.page().size()));
        return rows.cards(ids, query.language(), bodies, false);
    }

    private List<ArticleRows.Card> cards(List<Long> ids, ArticleQuery query) {
        // A search snippet quotes the body, so searches read it too.
        return rows.cards(ids, query.language(), query.includes().contains(ArticleInclude.BODY) || query.search() != null,
                query.includes().contains(ArticleInclude.AUTHORS_BIO));
    }

    public PagedList<SectionView> sections(String language) {
        Map<Section, Long> published = articles.publishedPerSection();
        List<SectionView> items = Arrays.stream(Section.values())
                .map(section -> new SectionView(section, section.displayName(language), published.getOrDefault(section, 0L)))
                .sorted(Comparator.comparingLong(SectionView::articleCount).reversed())
                .toList();
        return new PagedList<>(items, PageMeta.single(items.size(), items.size()));
    }

    /** Those of these articles that are published, as {@link #published} shows each. */
    public Map<Long, ArticleView> publishedByIds(List<Long> ids) {
        Map<Long, ArticleView> views = new HashMap<>();
        rows.publishedPages(ids).forEach((id, page) -> views.put(id, this.views.publicView(page)));
        return views;
    }

    public ArticleView published(String slug) {
        return rows.published(slug).map(views::publicView)
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
