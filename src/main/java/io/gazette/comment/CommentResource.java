package io.gazette.comment;

import io.gazette.comment.dto.CommentInput;
import io.gazette.comment.dto.CommentPages;
import io.gazette.comment.dto.CommentReceipt;
import io.gazette.comment.dto.CommentThread;
import io.gazette.comment.dto.CommentsState;
import io.gazette.common.api.PageParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/articles/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Readers' comments, shown once an editor approves them")
public class CommentResource {

    private final CommentService comments;

    CommentResource(CommentService comments) {
        this.comments = comments;
    }

    @GET
    @Operation(operationId = "listArticleComments", summary = "List an article's comment threads, oldest first",
            description = """
                    Pages count threads (approved top-level comments). Each carries its approved replies, flat and \
                    oldest first, with parentId to nest them. Emails are never included.""")
    @APIResponse(responseCode = "200", description = "One page of threads",
            headers = @Header(name = "Link", description = ApiDocs.LIST_HEADERS, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentPages.Public.class)))
    @APIResponse(responseCode = "400", description = "A bad page or size")
    @APIResponse(responseCode = "404", description = "No published article has this slug")
    public RestResponse<PagedList<CommentThread>> list(
            @Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug,
            @BeanParam PageParams page, @Context UriInfo uri) {
        return Responses.page(comments.threadsOn(slug, page.toRequest()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitComment", summary = "Post a comment; it stays hidden until an editor approves it",
            description = "No credentials needed. The email is required but never published.")
    @APIResponse(responseCode = "202", description = "Accepted and waiting for moderation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentReceipt.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields (each one is named), control characters, or a bad parentId")
    @APIResponse(responseCode = "404", description = "No published article has this slug")
    @APIResponse(responseCode = "409", description = "Comments on the article are closed, or the same body came from the same email within 10 minutes")
    public RestResponse<CommentReceipt> submit(
            @Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug,
            @Valid @NotNull CommentInput request) {
        return RestResponse.accepted(comments.submit(slug, request));
    }

    @GET
    @Path("/state")
    @Operation(operationId = "getArticleCommentsState", summary = "Whether the article takes new comments, and until when")
    @APIResponse(responseCode = "200", description = "The state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentsState.class)))
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public CommentsState state(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        return comments.state(slug);
    }
}
