package io.gazette.article;

import java.util.Arrays;
import java.util.Optional;

/** The orders an article list can be read in, by their query value. */
public enum ArticleSort {
    NEWEST("-publishedAt"),
    OLDEST("publishedAt"),
    RECENTLY_UPDATED("-updatedAt"),
    TITLE("title"),
    /** Best match first; only with q=. */
    RELEVANCE("relevance");

    public final String value;

    ArticleSort(String value) {
        this.value = value;
    }

    public static Optional<ArticleSort> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }

    public static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(s -> s.value).toList());
    }
}
