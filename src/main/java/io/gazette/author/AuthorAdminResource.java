package io.gazette.author;

import io.gazette.common.api.IdempotentCreates;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import io.gazette.author.dto.AuthorInput;
import io.gazette.author.dto.AuthorPatch;
import io.gazette.author.dto.AuthorEditorView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Authors")
public class AuthorAdminResource {

    private final IdempotentCreates idempotent;

    private final AuthorService authors;

    AuthorAdminResource(AuthorService authors, IdempotentCreates idempotent) {
        this.idempotent = idempotent;
        this.authors = authors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAuthor", summary = "Create an author (editors)")
    @APIResponse(responseCode = "201", description = "Created; Location points to the new author",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorEditorView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken; or the Idempotency-Key was used with another request, or that request is still in progress (retry after Retry-After)")
    public RestResponse<AuthorEditorView> create(@Valid @NotNull AuthorInput request, @Context UriInfo uri,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, example = ApiDocs.IDEMPOTENCY_KEY_EXAMPLE) @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        return idempotent.create("createAuthor", idempotencyKey, request, () -> {
            AuthorEditorView created = authors.create(request);
            return Responses.withETag(Responses.created(uri, created.slug(), created), created.version());
        });
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceAuthor", summary = "Replace an author (editors)")
    @APIResponse(responseCode = "200", description = "The author as stored")
    @APIResponse(responseCode = "404", description = "No author has this slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public RestResponse<AuthorEditorView> replace(@BeanParam AuthorVersion author,
            @Valid @NotNull AuthorInput request) {
        return Responses.versioned(authors.replace(author.slug(), request, author.ifMatch()));
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH})
    @Path("/{slug}")
    @Operation(operationId = "updateAuthor", summary = "Change some fields of an author (editors)")
    @APIResponse(responseCode = "200", description = "The author as stored")
    @APIResponse(responseCode = "404", description = "No author has this slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public RestResponse<AuthorEditorView> update(@BeanParam AuthorVersion author,
            @Valid @NotNull AuthorPatch request) {
        return Responses.versioned(authors.patch(author.slug(), request, author.ifMatch()));
    }

    @DELETE
    @Path("/{slug}")
    @Operation(operationId = "deleteAuthor", summary = "Delete an author who is credited on no article (editors)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No author has this slug")
    @APIResponse(responseCode = "409", description = "The author is still credited on articles")
    public void delete(@BeanParam AuthorVersion author) {
        authors.delete(author.slug(), author.ifMatch());
    }
}
