package io.gazette.article;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The article a request names by its slug. */
public class ArticleSlug {

    @PathParam("slug")
    @Parameter(description = "Article slug", example = "single-state-irans-solution")
    String slug;

    public String slug() {
        return slug;
    }
}
