package io.gazette.comment;

import io.gazette.comment.dto.CommentsState;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Comments")
public class CommentAdminResource {

    private final CommentService comments;

    CommentAdminResource(CommentService comments) {
        this.comments = comments;
    }

    @POST
    @Path("/close")
    @Operation(operationId = "closeArticleComments", summary = "Stop taking comments on an article (editors)")
    @APIResponse(responseCode = "200", description = "The new state")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public CommentsState close(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        return comments.setOpen(slug, false);
    }

    @POST
    @Path("/reopen")
    @Operation(operationId = "reopenArticleComments", summary = "Take comments on an article again (editors); closing by age still applies")
    @APIResponse(responseCode = "200", description = "The new state")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public CommentsState reopen(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        return comments.setOpen(slug, true);
    }
}
