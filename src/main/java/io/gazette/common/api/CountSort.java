package io.gazette.common.api;

import io.gazette.common.error.ProblemException;

/** How navigation lists (tags, authors) are ordered: by name, or by published-article count. */
public enum CountSort {
    NAME,
    MOST_ARTICLES;

    public static CountSort of(String value) {
        if (value == null || value.isBlank() || value.equals("name")) {
            return NAME;
        }
        if (value.equals("-articleCount")) {
            return MOST_ARTICLES;
        }
        throw ProblemException.invalidField("sort", "must be name or -articleCount");
    }
}
