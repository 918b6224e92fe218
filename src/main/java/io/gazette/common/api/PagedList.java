package io.gazette.common.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.function.Function;

/** One page of a collection: the body of every list response. */
@Schema(description = "One page of a collection")
public record PagedList<T>(List<T> items, PageMeta meta) {

    public <R> PagedList<R> map(Function<T, R> mapper) {
        return new PagedList<>(items.stream().map(mapper).toList(), meta);
    }
}
