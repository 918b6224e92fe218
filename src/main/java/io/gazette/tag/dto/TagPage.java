package io.gazette.tag.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of the tag list as the spec names it; at run time the body is a PagedList of the same shape. */
@Schema(name = "TagPage", description = "One page of tags")
public record TagPage(List<TagView> items, PageMeta meta) {
}
