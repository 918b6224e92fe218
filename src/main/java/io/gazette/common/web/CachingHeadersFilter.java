package io.gazette.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Editors get richer views on the same URLs as readers (drafts, author emails), so no shared cache
 * may keep a response to a request with credentials; every API response varies by Authorization, and by
 * Accept-Language, which chooses the language of lists.
 */
public class CachingHeadersFilter {

    @ServerResponseFilter
    public void markPrivateResponses(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            // With credentials the CORS answer depends on the Origin (an editor origin is named, others get none).
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.ACCEPT_LANGUAGE + ", Origin");
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
        } else {
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
