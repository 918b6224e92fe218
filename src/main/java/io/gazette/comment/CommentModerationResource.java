package io.gazette.comment;

import io.gazette.comment.CommentRepository.QueueFilter;
import io.gazette.comment.dto.BulkModerationInput;
import io.gazette.comment.dto.CommentPages;
import io.gazette.comment.dto.ModeratedComment;
import io.gazette.comment.dto.ModerationInput;
import io.gazette.comment.dto.StaffReplyInput;
import io.gazette.common.api.PageParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.QueryValues;
import io.gazette.common.api.Responses;
import io.gazette.common.error.ProblemException;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import io.gazette.common.security.Viewer;
import io.gazette.common.text.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Comments")
public class CommentModerationResource {

    private final CommentService comments;
    private final Viewer viewer;

    CommentModerationResource(CommentService comments, Viewer viewer) {
        this.comments = comments;
        this.viewer = viewer;
    }

    @GET
    @Operation(operationId = "listCommentsForModeration", summary = "The moderation queue across the site, oldest first (editors)")
    @APIResponse(responseCode = "200", description = "One page of comments with their emails and articles",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentPages.Moderation.class)))
    @APIResponse(responseCode = "400", description = "A bad status, page or size")
    public RestResponse<PagedList<ModeratedComment>> queue(
            @Parameter(description = "Only comments in this status (default: all)", schema = @Schema(implementation = CommentStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only comments on this article (slug)", example = "single-state-irans-solution")
            @QueryParam("article") String article,
            @Parameter(description = "Only comments written at or after this ISO 8601 date or date-time", example = "2024-11-01")
            @QueryParam("createdAfter") String createdAfter,
            @Parameter(description = "Only comments written before this ISO 8601 date or date-time", example = "2024-12-01T00:00:00Z")
            @QueryParam("createdBefore") String createdBefore,
            @BeanParam PageParams page,
            @Context UriInfo uri) {
        CommentStatus wanted = status == null || status.isBlank() ? null : CommentStatus.fromValue(status).orElseThrow(
                () -> ProblemException.invalidField("status", "must be one of pending, approved, spam, rejected"));
        QueueFilter filter = new QueueFilter(wanted, Texts.blankToNull(article),
                QueryValues.instant("createdAfter", createdAfter), QueryValues.instant("createdBefore", createdBefore));
        return Responses.page(comments.queue(filter, page.toRequest()), uri);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH})
    @Operation(operationId = "moderateComment", summary = "Approve, reject or mark a comment as spam (editors)",
            description = "The article's commentCount follows at once.")
    @APIResponse(responseCode = "200", description = "The comment as stored")
    @APIResponse(responseCode = "400", description = "A missing or unknown status")
    @APIResponse(responseCode = "404", description = "No comment has this id")
    public ModeratedComment moderate(@Parameter(description = "Comment id", example = "18", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
                                     @Valid @NotNull ModerationInput request) {
        return comments.moderate(QueryValues.pathId("comment", id), request.status(), viewer.name());
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH})
    @Operation(operationId = "moderateComments", summary = "Give several comments one status, all or nothing (editors)",
            description = "Every change records the editor and the time; the articles' commentCount follows.")
    @APIResponse(responseCode = "200", description = "The comments as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModeratedComment.class)))
    @APIResponse(responseCode = "400", description = "No ids, more than 100, or a missing or unknown status")
    @APIResponse(responseCode = "404", description = "Some ids are unknown (named in detail); nothing was changed")
    public List<ModeratedComment> moderateAll(@Valid @NotNull BulkModerationInput request) {
        return comments.moderateAll(request.ids(), request.status(), viewer.name());
    }

    @POST
    @Path("/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyAsStaff", summary = "Reply to an approved comment as staff; the reply is approved at once (editors)")
    @APIResponse(responseCode = "201", description = "The reply, marked staff",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModeratedComment.class)))
    @APIResponse(responseCode = "404", description = "No comment has this id")
    @APIResponse(responseCode = "409", description = "The comment is not approved, or the thread is at its depth limit")
    public RestResponse<ModeratedComment> replyAsStaff(@Parameter(description = "Comment id", example = "18", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id,
                                                       @Valid @NotNull StaffReplyInput request) {
        return RestResponse.status(RestResponse.Status.CREATED, comments.replyAsStaff(QueryValues.pathId("comment", id), request, viewer.name()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteComment", summary = "Delete a comment and its replies (editors)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No comment has this id")
    public void delete(@Parameter(description = "Comment id", example = "18", schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @PathParam("id") String id) {
        comments.delete(QueryValues.pathId("comment", id));
    }
}
