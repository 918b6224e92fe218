package io.gazette.common.api;

import io.gazette.common.openapi.ApiDocs;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of a change to a document found by slug: the slug (each feature declares its path
 * parameter, with its own example) and the version the client last saw, so it cannot overwrite a newer one.
 */
public abstract class VersionedSlug {

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = ApiDocs.IF_MATCH, required = true, example = "\"4\"")
    String ifMatch;

    public abstract String slug();

    public IfMatch ifMatch() {
        return new IfMatch(ifMatch);
    }
}
