package io.gazette.article.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of the article list as the spec names it; at run time the body is a PagedList of the same shape. */
@Schema(name = "ArticlePage", description = "One page of article cards")
public record ArticlePage(List<ArticleCard> items, PageMeta meta) {
}
