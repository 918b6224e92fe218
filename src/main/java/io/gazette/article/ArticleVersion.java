package io.gazette.article;

import io.gazette.common.api.VersionedSlug;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The article a change names, and the version (If-Match) it was made against. */
public class ArticleVersion extends VersionedSlug {

    @PathParam("slug")
    @Parameter(description = "Article slug", example = "single-state-irans-solution")
    String slug;

    @Override
    public String slug() {
        return slug;
    }
}
