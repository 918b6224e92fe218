package io.gazette.redirect;

import io.gazette.common.api.PageParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.redirect.dto.RedirectPage;
import io.gazette.redirect.dto.RedirectView;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/redirects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Redirects", description = "Old addresses of imported articles (WordPress permalinks), for a front end's 301s")
public class RedirectResource {

    private final RedirectService redirects;
    private final SurrogateKeys keys;

    RedirectResource(RedirectService redirects, SurrogateKeys keys) {
        this.redirects = redirects;
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "getRedirect", summary = "Where an old address of an article leads",
            description = "Public. The old address as a path or URL, in any spelling WordPress used: percent-encoded or not, with or "
                    + "without its trailing slash, /?p=<post id>. Only published articles have redirects here.")
    @APIResponse(responseCode = "200", description = "The article's path now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedirectView.class)))
    @APIResponse(responseCode = "400", description = "from is missing, or is not a path or an http(s) URL")
    @APIResponse(responseCode = "404", description = "No published article had this address")
    public RedirectView get(@Parameter(description = "The old address: a path or a full URL", required = true,
            example = "/2023/06/presidents-latin-america-tour/") @QueryParam("from") String from) {
        RedirectView redirect = redirects.resolve(from);
        keys.single().add(SurrogateKeys.REDIRECTS);
        return redirect;
    }

    @GET
    @Path("/map")
    @Operation(operationId = "listRedirects", summary = "The whole redirect map, a page at a time",
            description = "Public. Every old address of a published article, in the order imports recorded them, to load into a "
                    + "front end's or a CDN's redirect rules.")
    @APIResponse(responseCode = "200", description = "One page of redirects",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedirectPage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a bad page or size")
    public RestResponse<PagedList<RedirectView>> list(@BeanParam PageParams params, @Context UriInfo uri) {
        PagedList<RedirectView> page = redirects.list(params.toRequest());
        keys.add(SurrogateKeys.REDIRECTS, SurrogateKeys.ARTICLES);
        return Responses.page(page, uri);
    }
}
