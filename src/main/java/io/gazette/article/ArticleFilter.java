package io.gazette.article;

import java.time.Instant;
import java.util.List;

/**
 * Which articles a list shows. Empty lists and null values do not filter; a null status means every
 * status (editors only). Slug lists match any of their slugs, except tags with {@code allTags}.
 */
public record ArticleFilter(
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
        String search) {

    /** A stable text of the filter, so a cursor can be tied to the query that issued it. */
    public String fingerprint() {
        return String.join("|", String.join(",", tags), String.valueOf(allTags), String.join(",", authors),
                sections.toString(), String.valueOf(language), String.join(",", fallbackLanguages), String.valueOf(publishedAfter),
                String.valueOf(publishedBefore), String.join(",", exclude), String.valueOf(status), String.valueOf(search));
    }
}
