package io.gazette.article;

import java.util.Arrays;
import java.util.Optional;

/** Related data a list may embed in its cards with include=. */
public enum ArticleInclude {
    BODY("body"),
    AUTHORS_BIO("authors.bio"),
    TAGS_DESCRIPTION("tags.description");

    public final String value;

    ArticleInclude(String value) {
        this.value = value;
    }

    public static Optional<ArticleInclude> fromValue(String value) {
        return Arrays.stream(values()).filter(i -> i.value.equals(value)).findFirst();
    }

    public static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(i -> i.value).toList());
    }
}
