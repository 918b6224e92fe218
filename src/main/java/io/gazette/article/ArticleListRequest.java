package io.gazette.article;

import io.gazette.common.api.PageRequest;
import io.gazette.common.text.SearchQuery;
import java.util.List;
import java.util.Set;

/**
 * An article list request as the client meant it, checked: {@code cursor} is null in page mode,
 * "" for the first page in cursor mode; {@code fields} empty means every card field.
 */
public record ArticleListRequest(ArticleFilter filter, ArticleSort sort, SearchQuery search, PageRequest page,
                                 String cursor, Set<ArticleInclude> includes, List<String> fields) {
}
