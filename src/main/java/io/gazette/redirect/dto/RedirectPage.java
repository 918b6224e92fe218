package io.gazette.redirect.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema of the redirect map as the spec names it; at run time the body is a PagedList of the same shape. */
@Schema(name = "RedirectPage", description = "One page of the redirect map")
public record RedirectPage(List<RedirectView> items, PageMeta meta) {
}
