package io.gazette.comment;

import io.gazette.comment.dto.CommentInput;
import io.gazette.comment.dto.CommentPages;
import io.gazette.comment.dto.CommentReceipt;
import io.gazette.comment.dto.CommentThread;
import io.gazette.comment.dto.CommentsState;
import io.gazette.common.api.IdempotentCreates;
import io.gazette.common.api.PageParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
    private final CommentSubmissions submissions;

    CommentResource(CommentService comments, CommentSubmissions submissions) {
        this.comments = comments;
        this.submissions = submissions;
    }

    @GET
    @Operation(operationId = "listArticleComments", summary = "List an article's comment threads, oldest first",
            description = """
                    Pages count threads (approved top-level comments). Each carries its approved replies, flat and \
                    oldest first, with parentId to nest them. Emails are never included.""")
    @APIResponse(responseCode = "200", description = "One page of threads",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
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
            headers = {
                    @Header(name = "RateLimit-Limit", description = "Comments allowed per period", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Remaining", description = "Comments left in the period", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Reset", description = "Seconds until the allowance is whole again", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Idempotent-Replayed", description = "true when this is the stored answer to an earlier request with the same Idempotency-Key", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentReceipt.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields (each one is named), control characters, or a bad parentId")
    @APIResponse(responseCode = "404", description = "No published article has this slug")
    @APIResponse(responseCode = "409", description = "Comments on the article are closed, the same body came from the same email within 10 minutes, or the Idempotency-Key was used with another request, or that request is still in progress (retry after Retry-After)")
    @APIResponse(responseCode = "429", description = "Too many comments from this address or email",
            headers = {
                    @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Limit", description = "Comments allowed per period", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Remaining", description = "0", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "RateLimit-Reset", description = "Seconds until a comment is allowed again", schema = @Schema(type = SchemaType.INTEGER))})
    public RestResponse<CommentReceipt> submit(
            @Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug,
            @Parameter(description = """
                    Any unique string (a UUID) per comment: repeating the request with the same key and body within 24 hours \
                    returns the first answer (with Idempotent-Replayed: true), stores nothing new and spends no allowance; \
                    a different body is a 409.""",
                    example = "3f0e4b9c-2d1a-4c8e-9f7b-6a5d4c3b2a10")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull CommentInput request,
            @Context HttpServerRequest http) {
        return submissions.submit(slug, request, http.remoteAddress().hostAddress(), idempotencyKey);
    }

    @GET
    @Path("/state")
    @Operation(operationId = "getArticleCommentsState", summary = "Whether the article takes new comments, and until when",
            description = "Public, for deciding whether to show the comment form: comments close when an editor closes them, "
                    + "or by age (closesAt). A comment sent to a closed article is a 409.")
    @APIResponse(responseCode = "200", description = "The state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentsState.class)))
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public CommentsState state(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        return comments.state(slug);
    }
}
