package io.gazette.common.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one public response shows, collected where it is built: the resources name the articles, authors, tags and
 * collections in it, and {@link HttpCaching} sends them as Surrogate-Key and Cache-Tag so that a purge by key removes
 * exactly the pages that showed what a write changed. Collected rather than read back from the body, because
 * {@code fields=} may leave ids and slugs out of the body while the page still shows the article.
 */
@RequestScoped
public class SurrogateKeys {

    /** On the list of all articles (no filter) and on related articles: any publication may change them. */
    public static final String ARTICLES = "articles";
    /** On every list of articles and on related articles, for writes that touch many articles at once (imports). */
    public static final String ARTICLE_LISTS = "article-lists";
    /** On searches and on lists sorted by title or update time, which any edit of a published article may change. */
    public static final String ARTICLES_EDITED = "articles-edited";
    public static final String AUTHORS = "authors";
    public static final String TAGS = "tags";
    public static final String SITE = "site";
    public static final String SECTIONS = "sections";
    public static final String LANGUAGES = "languages";
    /** Every redirect answer and the redirect map: imports purge it. */
    public static final String REDIRECTS = "redirects";

    private final Set<String> keys = new LinkedHashSet<>();
    private final Set<String> purged = new java.util.TreeSet<>();
    private boolean single;

    public static String article(long id) {
        return "article-" + id;
    }

    /** An article as a card on a list: everything but its body. */
    public static String card(long id) {
        return "card-" + id;
    }

    /** Lists filtered by a facet: changed when an article enters or leaves them. */
    public static String articlesTagged(String tagSlug) {
        return "articles-tag-" + headerSafe(tagSlug);
    }

    public static String articlesBy(String authorSlug) {
        return "articles-author-" + headerSafe(authorSlug);
    }

    public static String articlesInSection(String section) {
        return "articles-section-" + section;
    }

    public static String articlesInLanguage(String language) {
        return "articles-lang-" + language;
    }

    public static String author(String slug) {
        return "author-" + headerSafe(slug);
    }

    public static String tag(String slug) {
        return "tag-" + headerSafe(slug);
    }

    /** Slugs may be Persian or Greek; header values are ASCII, so a key carries the slug percent-encoded (UTF-8), as URLs do. */
    private static String headerSafe(String slug) {
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c >= 'A' && c <= 'Z')) {
                return java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return slug;
    }

    public static String comments(long articleId) {
        return "comments-" + articleId;
    }

    /** The article whose page or card this key is, if it is one of those keys. */
    public static java.util.OptionalLong articleOf(String key) {
        for (String prefix : new String[] {"article-", "card-"}) {
            if (key.startsWith(prefix) && key.length() > prefix.length()
                    && key.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                return java.util.OptionalLong.of(Long.parseLong(key.substring(prefix.length())));
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** The slug of the author whose page this key is, if it is an author page's key. */
    public static java.util.Optional<String> authorOf(String key) {
        return slugAfter("author-", key);
    }

    /** The slug of the tag whose page this key is, if it is a tag page's key. */
    public static java.util.Optional<String> tagOf(String key) {
        return slugAfter("tag-", key);
    }

    private static java.util.Optional<String> slugAfter(String prefix, String key) {
        return key.startsWith(prefix) && key.length() > prefix.length()
                ? java.util.Optional.of(java.net.URLDecoder.decode(key.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8))
                : java.util.Optional.empty();
    }

    public SurrogateKeys add(String... names) {
        keys.addAll(java.util.List.of(names));
        return this;
    }

    public SurrogateKeys addAll(Collection<String> names) {
        keys.addAll(names);
        return this;
    }

    /** One item (an article, author, tag, the site): cached as long as gazette.cache.articles says, not as a list. */
    public SurrogateKeys single() {
        single = true;
        return this;
    }

    void purged(Collection<String> names) {
        purged.addAll(names);
    }

    Set<String> keys() {
        return keys;
    }

    boolean isSingle() {
        return single;
    }

    Set<String> purged() {
        return purged;
    }
}
