package io.gazette.author;

import io.gazette.author.dto.AuthorEditorView;
import io.gazette.author.dto.AuthorForViewer;
import io.gazette.author.dto.AuthorPage;
import io.gazette.author.dto.AuthorView;
import io.gazette.common.api.NavigationListParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Viewer;
import io.gazette.common.web.SurrogateKeys;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "People credited on articles")
public class AuthorResource {

    private final AuthorService authors;
    private final Viewer viewer;
    private final SurrogateKeys keys;

    AuthorResource(AuthorService authors, Viewer viewer, SurrogateKeys keys) {
        this.authors = authors;
        this.viewer = viewer;
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors by name or by published-article count",
            description = "Editors (with a token) get AuthorEditorView items, which add the private email.")
    @APIResponse(responseCode = "200", description = "One page of authors",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorPage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a bad page, size or sort")
    public RestResponse<? extends PagedList<?>> list(@BeanParam NavigationListParams params, @Context UriInfo uri) {
        if (viewer.isStaff()) {
            return Responses.page(authors.listForEditors(params.toRequest(), params.toSort()), uri);
        }
        PagedList<AuthorView> page = authors.list(params.toRequest(), params.toSort());
        keys.add(SurrogateKeys.AUTHORS);
        page.items().forEach(author -> keys.add(SurrogateKeys.author(author.slug())));
        return Responses.page(page, uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getAuthor", summary = "Get one author by slug",
            description = "Editors (with a token) get the AuthorEditorView, which adds the private email.")
    @APIResponse(responseCode = "200", description = "The author",
            headers = @Header(name = "ETag", description = ApiDocs.VIEWER_ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorForViewer.class)))
    @APIResponse(responseCode = "404", description = "No author has this slug")
    public RestResponse<?> get(@Parameter(description = "Author slug", example = "hamid-khoshayand") @PathParam("slug") String slug) {
        if (viewer.isStaff()) {
            AuthorEditorView author = authors.getForEditors(slug);
            return Responses.versioned(author, author.version());
        }
        keys.single().add(SurrogateKeys.author(slug));
        return RestResponse.ok(authors.get(slug));
    }
}
