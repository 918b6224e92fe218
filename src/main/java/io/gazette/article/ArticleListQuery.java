package io.gazette.article;

import io.gazette.common.text.SearchQuery;

/**
 * One read of the article list: filter, order, and either an offset (page mode) or the position after
 * which to continue (cursor mode, {@code after} not null on pages past the first).
 */
public record ArticleListQuery(ArticleFilter filter, ArticleSort sort, SearchQuery search, Keyset after,
                               boolean cursorMode, int offset, int limit) {

    /** The sort values of the last item read, and its id as the tie-breaker. */
    public record Keyset(Object sortValue, long id) {
    }
}
