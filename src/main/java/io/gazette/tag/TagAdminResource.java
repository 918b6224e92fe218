package io.gazette.tag;

import io.gazette.common.api.IdempotentCreates;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import io.gazette.language.Languages;
import io.gazette.tag.dto.TagInput;
import io.gazette.tag.dto.TagNameInput;
import io.gazette.tag.dto.TagPatch;
import io.gazette.tag.dto.TagView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.gazette.common.api.Versioned;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Tags")
public class TagAdminResource {

    private final IdempotentCreates idempotent;

    private final TagService tags;
    private final Languages languages;

    TagAdminResource(TagService tags, Languages languages, IdempotentCreates idempotent) {
        this.idempotent = idempotent;
        this.tags = tags;
        this.languages = languages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTag", summary = "Create a tag (editors)")
    @APIResponse(responseCode = "201", description = "Created; Location points to the new tag",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken; or the Idempotency-Key was used with another request, or that request is still in progress (retry after Retry-After)")
    public RestResponse<TagView> create(@Valid @NotNull TagInput request, @Context UriInfo uri,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, example = ApiDocs.IDEMPOTENCY_KEY_EXAMPLE) @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        return idempotent.create("createTag", idempotencyKey, request, () -> {
            Versioned<TagView> created = tags.create(request);
            return Responses.withETag(Responses.created(uri, created.body().slug(), created.body()), created.version());
        });
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTag", summary = "Replace a tag (editors)")
    @APIResponse(responseCode = "200", description = "The tag as stored")
    @APIResponse(responseCode = "404", description = "No tag has this slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public RestResponse<TagView> replace(@BeanParam TagVersion tag,
            @Valid @NotNull TagInput request) {
        return Responses.versioned(tags.replace(tag.slug(), request, tag.ifMatch()));
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH})
    @Path("/{slug}")
    @Operation(operationId = "updateTag", summary = "Change some fields of a tag (editors)")
    @APIResponse(responseCode = "200", description = "The tag as stored")
    @APIResponse(responseCode = "404", description = "No tag has this slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public RestResponse<TagView> update(@BeanParam TagVersion tag,
            @Valid @NotNull TagPatch request) {
        return Responses.versioned(tags.patch(tag.slug(), request, tag.ifMatch()));
    }

    @DELETE
    @Path("/{slug}")
    @Operation(operationId = "deleteTag", summary = "Delete a tag and remove it from its articles (editors)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No tag has this slug")
    public void delete(@BeanParam TagVersion tag) {
        tags.delete(tag.slug(), tag.ifMatch());
    }

    @PUT
    @Path("/{slug}/names/{lang}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "nameTagInLanguage", summary = "Set a tag's name and description in one language (editors)")
    @APIResponse(responseCode = "200", description = "The tag in that language",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "400", description = "A language that is not configured, or a bad name")
    @APIResponse(responseCode = "404", description = "No tag has this slug")
    public TagView name(@Parameter(description = "Tag slug", example = "latin-america") @PathParam("slug") String slug,
                        @Parameter(description = "Configured language", example = "es") @PathParam("lang") String lang,
                        @Valid @NotNull TagNameInput request) {
        return tags.name(slug, languages.requireConfigured("lang", lang), request);
    }

    @DELETE
    @Path("/{slug}/names/{lang}")
    @Operation(operationId = "removeTagName", summary = "Remove a tag's name in one language (editors)")
    @APIResponse(responseCode = "204", description = "Removed; readers of that language see the name as created")
    @APIResponse(responseCode = "404", description = "No tag has this slug, or no name in that language")
    public void removeName(@Parameter(description = "Tag slug", example = "latin-america") @PathParam("slug") String slug,
                           @Parameter(description = "Configured language", example = "es") @PathParam("lang") String lang) {
        tags.removeName(slug, lang);
    }
}
