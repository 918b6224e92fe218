package io.gazette.site;

import io.gazette.common.api.IfMatch;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import io.gazette.site.dto.SiteSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Site")
public class SiteAdminResource {

    private final SiteService site;

    SiteAdminResource(SiteService site) {
        this.site = site;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSite", summary = "Replace the site's identity and labels (admins)",
            description = "Send the whole SiteSettings, as GET /api/v1/site gives it to an admin; labels of a language left out are removed.")
    @APIResponse(responseCode = "200", description = "The settings as stored",
            headers = @Header(name = "ETag", description = "The new version, for the next If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteSettings.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (each one is named): a blank or too long text, a URL that is "
            + "not http or https, a language that is not configured, a label that does not exist, a wrong type; or a malformed If-Match")
    @APIResponse(responseCode = "403", description = "Only admins may change the site")
    public RestResponse<SiteSettings> replace(
            @Parameter(description = ApiDocs.IF_MATCH, required = true, example = "\"4\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SiteSettings request) {
        return Responses.versioned(site.replace(request, new IfMatch(ifMatch)));
    }
}
