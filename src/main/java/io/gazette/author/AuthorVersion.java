package io.gazette.author;

import io.gazette.common.api.VersionedSlug;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The author a change names, and the version (If-Match) it was made against. */
public class AuthorVersion extends VersionedSlug {

    @PathParam("slug")
    @Parameter(description = "Author slug", example = "hamid-khoshayand")
    String slug;

    @Override
    public String slug() {
        return slug;
    }
}
