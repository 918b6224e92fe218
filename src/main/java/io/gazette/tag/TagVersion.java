package io.gazette.tag;

import io.gazette.common.api.VersionedSlug;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The tag a change names, and the version (If-Match) it was made against. */
public class TagVersion extends VersionedSlug {

    @PathParam("slug")
    @Parameter(description = "Tag slug", example = "latin-america")
    String slug;

    @Override
    public String slug() {
        return slug;
    }
}
