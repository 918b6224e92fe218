package io.gazette.common.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds the responses that carry more than a body: lists with Link headers, creations with Location. */
public final class Responses {

    private Responses() {
    }

    /** 201 with Location set to the new item's path under the collection the request was sent to. */
    public static <T> RestResponse<T> created(UriInfo uri, String slug, T body) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(slug).build()).entity(body).build();
    }

    /** The body with its version as ETag, for the next conditional write. */
    public static <T> RestResponse<T> versioned(T body, long version) {
        return withETag(RestResponse.ok(body), version);
    }

    public static <T> RestResponse<T> versioned(Versioned<T> versioned) {
        return versioned(versioned.body(), versioned.version());
    }

    public static <T> RestResponse<T> withETag(RestResponse<T> response, long version) {
        response.getHeaders().putSingle(HttpHeaders.ETAG, IfMatch.etag(version));
        return response;
    }

    /** Says which language the response is in (Content-Language) when one was chosen; null leaves it unsaid. */
    public static <T> RestResponse<T> inLanguage(RestResponse<T> response, String language) {
        if (language != null) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language);
        }
        return response;
    }

    /** The {items, meta} body plus RFC 8288 Link headers to neighbouring pages. */
    public static <T> RestResponse<PagedList<T>> page(PagedList<T> page, UriInfo uri) {
        // One comma-separated header: what RFC 8288 clients and link-header parsers read most reliably.
        String header = Arrays.stream(links(page.meta(), uri)).map(Link::toString).collect(Collectors.joining(", "));
        return RestResponse.ResponseBuilder.ok(page).header("Link", header).build();
    }

    static Link[] links(PageMeta meta, UriInfo uri) {
        if (meta.cursorMode()) {
            return cursorLinks(meta, uri);
        }
        List<Link> links = new ArrayList<>();
        int last = Math.max(1, meta.totalPages());
        links.add(link(uri, 1, "first"));
        if (meta.page() > 1) {
            links.add(link(uri, Math.min(meta.page() - 1, last), "prev"));
        }
        if (meta.page() < meta.totalPages()) {
            links.add(link(uri, meta.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return links.toArray(Link[]::new);
    }

    private static Link[] cursorLinks(PageMeta meta, UriInfo uri) {
        List<Link> links = new ArrayList<>();
        links.add(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("cursor")).rel("first").build());
        if (meta.nextCursor() != null) {
            links.add(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("cursor", meta.nextCursor())).rel("next").build());
        }
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uri, int page, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page)).rel(rel).build();
    }
}
