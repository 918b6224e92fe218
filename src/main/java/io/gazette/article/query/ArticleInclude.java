package io.gazette.article.query;

import com.fasterxml.jackson.annotation.JsonValue;
import io.gazette.common.api.QueryEnum;

/** Related data a list may embed in its cards with include=. */
public enum ArticleInclude implements QueryEnum {
    BODY("body"),
    AUTHORS_BIO("authors.bio"),
    TAGS_DESCRIPTION("tags.description");

    private final String value;

    ArticleInclude(String value) {
        this.value = value;
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }
}
