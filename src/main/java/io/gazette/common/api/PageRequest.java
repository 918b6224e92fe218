package io.gazette.common.api;

import io.gazette.common.error.ProblemException;

/**
 * Page and size as the client sent them, checked. Query parameters arrive as strings so that
 * "page=abc" is a 400 naming the parameter instead of the 404 JAX-RS gives for unconvertible params.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far past any real archive at size 1, and small enough that page * size never overflows an OFFSET. */
    public static final int MAX_PAGE = 100_000;

    public static PageRequest of(String page, String size) {
        int pageNumber = parse("page", page, 1);
        int pageSize = parse("size", size, DEFAULT_SIZE);
        if (pageNumber < 1 || pageNumber > MAX_PAGE) {
            throw ProblemException.invalidField("page", "must be between 1 and " + MAX_PAGE);
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    public int offset() {
        return (page - 1) * size;
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, value.trim().matches("[+-]?\\d+")
                    ? "is out of range" : "must be a whole number");
        }
    }
}
