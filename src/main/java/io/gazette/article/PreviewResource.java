package io.gazette.article;

import io.gazette.article.dto.ArticleView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/previews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class PreviewResource {

    private final ArticlePreviews previews;

    PreviewResource(ArticlePreviews previews) {
        this.previews = previews;
    }

    @GET
    @Path("/{token}")
    @Operation(operationId = "openPreview", summary = "Read an article, draft or not, through a preview link (no credentials)",
            description = "Shows what a reader will see once the article is out, in its current status: no owner, no schedule, and only published editions among the translations.")
    @APIResponse(responseCode = "200", description = "The article as it is now, as readers will see it",
            headers = @Header(name = "X-Robots-Tag", description = "noindex: previews stay out of search engines", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "The link was altered, has expired, or its article is gone")
    public RestResponse<ArticleView> open(@Parameter(description = "The token of a preview link", example = "cDF8NDJ8MTczMjI2NzQwMA.2mZb1q0l3kV7n8Xc9Qw4Rg")
                                          @PathParam("token") String token) {
        return RestResponse.ResponseBuilder.ok(previews.open(token))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
