package io.gazette.article.query;

import com.fasterxml.jackson.annotation.JsonValue;
import io.gazette.common.api.QueryEnum;

/** The orders an article list can be read in, by their query value. */
public enum ArticleSort implements QueryEnum {
    NEWEST("-publishedAt"),
    OLDEST("publishedAt"),
    RECENTLY_UPDATED("-updatedAt"),
    TITLE("title"),
    /** Best match first; only with q=. */
    RELEVANCE("relevance");

    private final String value;

    ArticleSort(String value) {
        this.value = value;
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }
}
