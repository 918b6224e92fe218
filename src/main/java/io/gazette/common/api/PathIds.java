package io.gazette.common.api;

import io.gazette.common.error.ProblemException;

/**
 * Numeric ids in paths ({@code /comments/{id}}, {@code /imports/{id}}) arrive as text, so that one that is not a number
 * is a 404 naming what was looked for, like any id nothing has, rather than a conversion error.
 */
public final class PathIds {

    private PathIds() {
    }

    /** The id, or a 404 problem "No {@code what} '...'" when it is not a number. */
    public static long parse(String what, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what, id);
        }
    }
}
