package io.gazette.author.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the author list as the spec names them; at run time the body is a PagedList of the same shape. */
public final class AuthorPages {

    private AuthorPages() {
    }

    @Schema(name = "AuthorPage", description = "One page of authors, as readers see them")
    public record Public(List<AuthorView> items, PageMeta meta) {
    }

    @Schema(name = "AuthorEditorPage", description = "One page of authors, as editors see them")
    public record Editor(List<AuthorEditorView> items, PageMeta meta) {
    }
}
