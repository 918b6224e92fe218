package io.gazette.article.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of the section list as the spec names it; at run time the body is a PagedList of the same shape. */
@Schema(name = "SectionPage", description = "Every section, in a single page")
public record SectionPage(List<SectionView> items, PageMeta meta) {
}
