package io.gazette.article;

import io.gazette.article.dto.ArticleCard;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.article.dto.ArticleView;
import io.gazette.article.dto.FeaturedImage;
import io.gazette.article.dto.TranslationRef;
import io.gazette.article.query.ArticleInclude;
import io.gazette.article.query.ArticleQuery;
import io.gazette.author.dto.AuthorRef;
import io.gazette.common.text.SearchQuery;
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

    /** A card as related articles show it: tag names as created, authors without bios. */
    public ArticleCard card(ArticleRows.Card a) {
        return card(a, Set.of(), null);
    }

    /** Cards of one list page, with what the query asked to include. */
    public List<ArticleCard> cards(List<ArticleRows.Card> page, ArticleQuery query) {
        return page.stream().map(a -> card(a, query.includes(), query.search())).toList();
    }

    private static ArticleCard card(ArticleRows.Card a, Set<ArticleInclude> includes, SearchQuery search) {
        List<TagRef> tagRefs = a.tags().stream()
                .map(t -> new TagRef(t.slug(), t.name(), includes.contains(ArticleInclude.TAGS_DESCRIPTION)
                        ? (t.description() == null ? "" : t.description()) : null))
                .sorted(Comparator.comparing(TagRef::name))
                .toList();
        // Tag and author names are searched too, so a hit on them alone still shows why it matched.
        String snippet = search == null ? null
                : Snippets.around(search.required(), a.title(), a.excerpt(), SearchText.plainText(a.body()),
                        a.tags().stream().map(ArticleRows.TagName::originalName).sorted().collect(Collectors.joining(", ")),
                        a.credits().stream().map(ArticleRows.Credit::name).collect(Collectors.joining(", ")));
        return new ArticleCard(a.id(), a.slug(), a.title(), a.excerpt(), a.section(), a.language(), Languages.direction(a.language()),
                a.status(), a.publishedAt(), authorRefs(a, includes.contains(ArticleInclude.AUTHORS_BIO)), a.byline(), tagRefs,
                a.featuredImage(), a.commentCount(), includes.contains(ArticleInclude.BODY) ? a.body() : null, snippet);
    }

    /** The public page of a published article, as read by {@link ArticleRows#published}. */
    public ArticleView publicView(ArticleRows.Page page) {
        ArticleRows.Card a = page.card();
        List<TagRef> tags = a.tags().stream().map(t -> new TagRef(t.slug(), t.name(), null))
                .sorted(Comparator.comparing(TagRef::name)).toList();
        return new ArticleView(a.id(), a.slug(), a.title(), a.excerpt(), a.body(), a.section(), a.language(),
                Languages.direction(a.language()), a.status(), a.publishedAt(), authorRefs(a, false), a.byline(), tags,
                a.featuredImage(), a.commentCount(), page.createdAt(), a.updatedAt(), page.version(), page.translations());
    }

    private static List<AuthorRef> authorRefs(ArticleRows.Card a, boolean bios) {
        return a.credits().stream()
                .map(c -> new AuthorRef(c.slug(), c.name(), c.role(), bios ? (c.bio() == null ? "" : c.bio()) : null))
                .toList();
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
