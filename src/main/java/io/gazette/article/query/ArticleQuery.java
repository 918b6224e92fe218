package io.gazette.article.query;

import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.common.api.PageRequest;
import io.gazette.common.text.SearchQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One article list request, checked at the HTTP edge: which articles, in which order, which page, and
 * what each card carries. Empty lists and null values do not filter; a null status means every status
 * (editors only); slug lists match any of their slugs, except tags with {@code allTags}. {@code cursor}
 * is null in page mode and "" for the first page in cursor mode; empty {@code fields} means every field.
 */
public record ArticleQuery(
        List<String> tags,
        boolean allTags,
        List<String> authors,
        List<Section> sections,
        String language,
        List<String> fallbackLanguages,
        Instant publishedAfter,
        Instant publishedBefore,
        List<String> exclude,
        ArticleStatus status,
        SearchQuery search,
        ArticleSort sort,
        PageRequest page,
        String cursor,
        Set<ArticleInclude> includes,
        List<String> fields) {

    /**
     * The newest {@code size} published articles in one language, optionally of one section, tag or author (null: any),
     * as a feed lists them: keyset mode from the start, so no total is counted.
     */
    public static ArticleQuery newestPublished(String language, Section section, String tag, String author, int size) {
        return new ArticleQuery(tag == null ? List.of() : List.of(tag), false, author == null ? List.of() : List.of(author),
                section == null ? List.of() : List.of(section), language, List.of(), null, null, List.of(), ArticleStatus.PUBLISHED,
                null, ArticleSort.NEWEST, new PageRequest(1, size), "", Set.of(), List.of());
    }

    public boolean cursorMode() {
        return cursor != null;
    }

    /** The one language the list is limited to, if it is: search then uses that language's analyser. */
    public String singleLanguage() {
        return fallbackLanguages.isEmpty() ? language : null;
    }

    /** A stable text of which articles the query selects, so totals can be cached and a cursor tied to its list. */
    public String fingerprint() {
        return String.join("|", String.join(",", tags), String.valueOf(allTags), String.join(",", authors),
                sections.toString(), String.valueOf(language), String.join(",", fallbackLanguages), String.valueOf(publishedAfter),
                String.valueOf(publishedBefore), String.join(",", exclude), String.valueOf(status),
                search == null ? "null" : search.normalized());
    }
}
