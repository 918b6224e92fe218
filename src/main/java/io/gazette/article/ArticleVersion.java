package io.gazette.article;

import io.gazette.common.api.IfMatch;
import io.gazette.common.openapi.ApiDocs;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The article a change names by slug, and the version the client last saw (If-Match), so it cannot overwrite a newer one. */
public class ArticleVersion extends ArticleSlug {

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = ApiDocs.IF_MATCH, required = true, example = "\"4\"")
    String ifMatch;

    public IfMatch ifMatch() {
        return new IfMatch(ifMatch);
    }
}
