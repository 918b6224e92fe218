package io.gazette.common.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection: the body of every list response. Not a schema of its own: the spec names each list
 * (ArticlePage, TagPage...) so that generated clients get typed items.
 */
public record PagedList<T>(List<T> items, PageMeta meta) {

    public <R> PagedList<R> map(Function<T, R> mapper) {
        return new PagedList<>(items.stream().map(mapper).toList(), meta);
    }
}
