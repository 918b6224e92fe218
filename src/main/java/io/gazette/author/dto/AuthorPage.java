package io.gazette.author.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The author list as the spec names it; at run time the body is a PagedList of the same shape. */
@Schema(name = "AuthorPage", description = "One page of authors: public Authors for readers, AuthorEditorViews with a staff key")
public record AuthorPage(List<AuthorForViewer> items, PageMeta meta) {
}
