package io.gazette.tag;

import io.gazette.common.api.NavigationListParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Viewer;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.Languages;
import io.gazette.tag.dto.TagPage;
import io.gazette.tag.dto.TagView;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Topics articles are filed under")
public class TagResource {

    private static final String LANG = "Names in this language where the tag has them (else as created)";
    private static final String ACCEPT_LANGUAGE = "Chooses the language of names when lang is absent";

    private final TagService tags;
    private final Languages languages;
    private final Viewer viewer;
    private final SurrogateKeys keys;

    TagResource(TagService tags, Languages languages, Viewer viewer, SurrogateKeys keys) {
        this.tags = tags;
        this.languages = languages;
        this.viewer = viewer;
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags by name or by published-article count",
            description = "All tags, a page at a time, with names in the chosen language where the tag has them; counts include published "
                    + "articles only.")
    @APIResponse(responseCode = "200", description = "One page of tags",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagPage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a bad page, size or sort")
    public RestResponse<PagedList<TagView>> list(@BeanParam NavigationListParams params,
                                                 @Parameter(description = LANG) @QueryParam("lang") String lang,
                                                 @Parameter(description = ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                                 @Context UriInfo uri) {
        String language = languages.choose(lang, acceptLanguage);
        PagedList<TagView> page = tags.list(params.toRequest(), params.toSort(), language);
        keys.add(SurrogateKeys.TAGS);
        page.items().forEach(tag -> keys.add(SurrogateKeys.tag(tag.slug())));
        return Responses.inLanguage(Responses.page(page, uri), language);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTag", summary = "Get one tag by slug",
            description = "Public. Staff (editors) also get an ETag, to send back as If-Match when they change the tag.")
    @APIResponse(responseCode = "200", description = "The tag",
            headers = @Header(name = "ETag", description = "Staff only: the version, to send back as If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagView.class)))
    @APIResponse(responseCode = "404", description = "No tag has this slug")
    public RestResponse<TagView> get(@Parameter(description = "Tag slug", example = "latin-america") @PathParam("slug") String slug,
                                     @Parameter(description = LANG) @QueryParam("lang") String lang,
                                     @Parameter(description = ACCEPT_LANGUAGE) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = languages.choose(lang, acceptLanguage);
        keys.single().add(SurrogateKeys.tag(slug));
        RestResponse<TagView> response = viewer.isStaff()
                ? Responses.versioned(tags.getVersioned(slug, language))
                : RestResponse.ok(tags.get(slug, language));
        return Responses.inLanguage(response, language);
    }
}
