package io.gazette.site;

import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Viewer;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.Languages;
import io.gazette.site.dto.SiteForViewer;
import io.gazette.site.dto.SiteSettings;
import io.gazette.site.dto.SiteView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/site")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site", description = "The publication's identity and the labels a front end shows around the content")
public class SiteResource {

    private final SiteService site;
    private final Languages languages;
    private final Viewer viewer;
    private final SurrogateKeys keys;

    SiteResource(SiteService site, Languages languages, Viewer viewer, SurrogateKeys keys) {
        this.site = site;
        this.languages = languages;
        this.viewer = viewer;
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "getSite", summary = "Get the publication's name, address, languages and labels",
            description = """
                    Readers (and editors and authors) get a Site, its labels in the language that lang, else Accept-Language, \
                    chooses, else in the default language; a label not set in that language comes from the default language, \
                    else from Gazette's English default. An admin key gets the SiteSettings instead: every language's labels \
                    as stored, and an ETag to send with replaceSite.""")
    @APIResponse(responseCode = "200", description = "A Site for readers; with an admin key, the SiteSettings",
            headers = {
                    @Header(name = "Content-Language", description = "The language of the labels (Site only)", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiDocs.VIEWER_ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteForViewer.class)))
    @APIResponse(responseCode = "400", description = "lang is not a configured language, Accept-Language is malformed, or an undeclared parameter")
    public RestResponse<?> get(@Parameter(description = "The labels' language; must be configured", example = "es") @QueryParam("lang") String lang,
                               @Parameter(description = "Chooses the labels' language when lang is absent", example = "es-MX, es;q=0.9, en;q=0.5")
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = languages.choose(lang, acceptLanguage);
        if (viewer.isAdmin()) {
            return Responses.versioned(site.settings());
        }
        keys.single().add(SurrogateKeys.SITE);
        SiteView view = site.view(language);
        return Responses.inLanguage(RestResponse.ok(view), language != null ? language : view.defaultLanguage());
    }
}
