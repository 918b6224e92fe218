package io.gazette.change;

import io.gazette.change.dto.ChangePage;
import io.gazette.common.api.QueryValues;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What changed in public view since a client last synced, for apps and partners that mirror the content")
public class ChangeResource {

    private final ChangeFeed feed;

    ChangeResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Public changes since a token, in commit order",
            description = """
                    Every change to what readers can see: articles published, updated (including their comment count and \
                    translations), unpublished or deleted, authors and tags created, changed or deleted. Each item says \
                    which resource (article, author, tag) and id, and carries it as it is now (upsert) or a tombstone \
                    (delete) when it is no longer public; apply the items in order and keep nextToken for next time. \
                    Without since, the answer has no items, only the token of the present: take it first, then read the \
                    lists (GET /articles, /authors, /tags) for the current state, then follow the feed from the token. \
                    Tokens are signed, opaque and kept valid across restarts and instances; events are kept, so an old \
                    token still works. No change is skipped or repeated across pages while writes go on; a resource that \
                    changes again shows up again further on.""")
    @APIResponse(responseCode = "200", description = "The changes after since (at most size), the next token, and whether more wait",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "no-store: every call reads the feed",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "A forged, altered, malformed or unknown since token, or a bad size")
    public RestResponse<ChangePage> list(
            @Parameter(description = "The nextToken of the previous answer; absent: the token of the present, with no items",
                    example = "YzEuNTEyMi4w.4vX0mXj1l0Tc3yWq4rGm0g") @QueryParam("since") String since,
            @Parameter(description = "Changes per answer, 1 to 1000 (default 100); a larger value is a 400",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100", example = "100"))
            @QueryParam("size") String size) {
        ChangePage page = feed.read(since == null || since.isEmpty() ? null : since,
                QueryValues.wholeNumber("size", size, 1, ChangeFeed.MAX_SIZE, ChangeFeed.DEFAULT_SIZE));
        return RestResponse.ResponseBuilder.ok(page).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
