package io.gazette.article;

import io.gazette.article.dto.ArticleCard;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.article.dto.ArticleView;
import io.gazette.article.dto.FeaturedImage;
import io.gazette.article.dto.TranslationRef;
import io.gazette.article.query.ArticleInclude;
import io.gazette.article.query.ArticleQuery;
import io.gazette.author.dto.AuthorRef;
import io.gazette.common.text.SearchText;
import io.gazette.common.text.Snippets;
import io.gazette.language.Languages;
import io.gazette.tag.TagTranslation;
import io.gazette.tag.dto.TagRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The article as each audience sees it: cards in lists, the public view, and the editor view with owner and schedule. */
@ApplicationScoped
public class ArticleViews {

    private final ArticleRepository articles;
    private final TagTranslation.Repository tagTranslations;

    ArticleViews(ArticleRepository articles, TagTranslation.Repository tagTranslations) {
        this.articles = articles;
        this.tagTranslations = tagTranslations;
    }

    public ArticleCard card(Article a) {
        return new ArticleCard(a.id, a.slug, a.title, a.excerpt, a.section, a.language, Languages.direction(a.language), a.status,
                a.publishedAt, authorRefs(a), a.byline, a.tags.stream().map(TagRef::of).sorted(Comparator.comparing(TagRef::name)).toList(),
                featuredImage(a), a.commentCount, null, null);
    }

    /** Cards of one list page: tag names in the list's language, and what the query asked to include. */
    public List<ArticleCard> cards(List<Article> page, ArticleQuery query) {
        Map<Long, TagTranslation> tagNames = tagTranslations.into(query.language(),
                page.stream().flatMap(a -> a.tags.stream()).map(t -> t.id).distinct().toList());
        return page.stream().map(a -> card(a, query, tagNames)).toList();
    }

    private static ArticleCard card(Article a, ArticleQuery query, Map<Long, TagTranslation> tagNames) {
        Set<ArticleInclude> includes = query.includes();
        boolean bios = includes.contains(ArticleInclude.AUTHORS_BIO);
        List<AuthorRef> authorRefs = a.credits.stream()
                .map(c -> bios ? AuthorRef.withBio(c.author, c.shownRole()) : AuthorRef.of(c.author, c.shownRole()))
                .toList();
        boolean descriptions = includes.contains(ArticleInclude.TAGS_DESCRIPTION);
        List<TagRef> tagRefs = a.tags.stream()
                .map(t -> TagRef.of(t, tagNames.get(t.id), descriptions))
                .sorted(Comparator.comparing(TagRef::name))
                .toList();
        // Tag and author names are searched too, so a hit on them alone still shows why it matched.
        String snippet = query.search() == null ? null
                : Snippets.around(query.search().required(), a.title, a.excerpt, SearchText.plainText(a.body),
                        a.tags.stream().map(t -> t.name).sorted().collect(Collectors.joining(", ")),
                        a.authors().stream().map(au -> au.name).collect(Collectors.joining(", ")));
        return new ArticleCard(a.id, a.slug, a.title, a.excerpt, a.section, a.language, Languages.direction(a.language), a.status,
                a.publishedAt, authorRefs, a.byline, tagRefs, featuredImage(a), a.commentCount,
                includes.contains(ArticleInclude.BODY) ? a.body : null, snippet);
    }

    /** What a reader sees: no owner, no schedule, only published editions among the translations. */
    public ArticleView publicView(Article a) {
        return new ArticleView(a.id, a.slug, a.title, a.excerpt, a.body, a.section, a.language, Languages.direction(a.language), a.status,
                a.publishedAt, authorRefs(a), a.byline, translatedTagRefs(a), featuredImage(a), a.commentCount, a.createdAt, a.updatedAt,
                a.version, translationRefs(a, true));
    }

    public ArticleEditorView editorView(Article a) {
        return new ArticleEditorView(a.id, a.slug, a.title, a.excerpt, a.body, a.section, a.language, Languages.direction(a.language), a.status,
                a.publishedAt, a.publishAt, a.unpublishAt, a.owner, authorRefs(a), a.authorRoles(), a.byline, translatedTagRefs(a), featuredImage(a),
                a.commentCount, a.createdAt, a.updatedAt, a.version, translationRefs(a, false));
    }

    private List<TranslationRef> translationRefs(Article a, boolean publishedOnly) {
        return articles.translationsOf(a, publishedOnly).stream()
                .map(t -> new TranslationRef(t.language, t.slug, t.title, Languages.direction(t.language)))
                .toList();
    }

    /** Tag names in the article's own language, where a translation exists. */
    private List<TagRef> translatedTagRefs(Article a) {
        Map<Long, TagTranslation> tagNames = tagTranslations.into(a.language, a.tags.stream().map(t -> t.id).toList());
        return a.tags.stream().map(t -> TagRef.of(t, tagNames.get(t.id), false))
                .sorted(Comparator.comparing(TagRef::name)).toList();
    }

    private static List<AuthorRef> authorRefs(Article a) {
        return a.credits.stream().map(c -> AuthorRef.of(c.author, c.shownRole())).toList();
    }

    private static FeaturedImage featuredImage(Article a) {
        return a.featuredImageUrl == null ? null : new FeaturedImage(a.featuredImageUrl, a.featuredImageAlt);
    }
}
