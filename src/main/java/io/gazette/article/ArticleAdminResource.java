package io.gazette.article;

import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.ArticlePatch;
import io.gazette.article.dto.ArticleView;
import io.gazette.article.dto.PreviewLink;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Articles")
public class ArticleAdminResource {

    private final ArticleService articles;
    private final ArticlePreviews previews;

    ArticleAdminResource(ArticleService articles, ArticlePreviews previews) {
        this.articles = articles;
        this.previews = previews;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Create a draft article (editors)")
    @APIResponse(responseCode = "201", description = "Created as a draft; Location points to it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken")
    public RestResponse<ArticleView> create(@Valid @NotNull ArticleInput request, @Context UriInfo uri) {
        ArticleView created = articles.create(request);
        return Responses.created(uri, created.slug(), created);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceArticle", summary = "Replace an article's content (editors); its status stays")
    @APIResponse(responseCode = "200", description = "The article as stored")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public ArticleView replace(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug,
                               @Valid @NotNull ArticleInput request) {
        return articles.replace(slug, request);
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH})
    @Path("/{slug}")
    @Operation(operationId = "updateArticle", summary = "Change some fields of an article (editors)")
    @APIResponse(responseCode = "200", description = "The article as stored")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public ArticleView update(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug,
                              @Valid @NotNull ArticlePatch request) {
        return articles.patch(slug, request);
    }

    @DELETE
    @Path("/{slug}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article and its comments (editors)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public void delete(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        articles.delete(slug);
    }

    @POST
    @Path("/{slug}/publish")
    @Operation(operationId = "publishArticle", summary = "Publish an article (editors); the first publication sets publishedAt")
    @APIResponse(responseCode = "200", description = "The published article")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public ArticleView publish(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        return articles.publish(slug);
    }

    @POST
    @Path("/{slug}/unpublish")
    @Operation(operationId = "unpublishArticle", summary = "Take an article back to draft (editors); publishedAt is kept")
    @APIResponse(responseCode = "200", description = "The article, now a draft")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public ArticleView unpublish(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        return articles.unpublish(slug);
    }

    @PUT
    @Path("/{slug}/translations/{translation}")
    @Operation(operationId = "linkTranslation", summary = "Make another article a translation of this one (editors)",
            description = "The other article joins this article's translation group; a group holds one article per language.")
    @APIResponse(responseCode = "200", description = "This article, listing its translations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "The two slugs are the same article")
    @APIResponse(responseCode = "404", description = "No article has one of the slugs")
    @APIResponse(responseCode = "409", description = "The group already has an article in that language")
    public ArticleView linkTranslation(
            @Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug,
            @Parameter(description = "Slug of the translation", example = "estado-unico-la-solucion-de-iran") @PathParam("translation") String translation) {
        return articles.linkTranslation(slug, translation);
    }

    @DELETE
    @Path("/{slug}/translations/{translation}")
    @Operation(operationId = "unlinkTranslation", summary = "Take an article out of this article's translation group (editors)")
    @APIResponse(responseCode = "200", description = "This article, listing its remaining translations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article, or it is not a translation of this one")
    public ArticleView unlinkTranslation(
            @Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug,
            @Parameter(description = "Slug of the translation", example = "estado-unico-la-solucion-de-iran") @PathParam("translation") String translation) {
        return articles.unlinkTranslation(slug, translation);
    }

    @POST
    @Path("/{slug}/preview-links")
    @Operation(operationId = "createPreviewLink", summary = "Make a signed link that shows this article, even a draft, until it expires (editors)",
            description = "Links last gazette.preview-link-ttl (24 hours by default); an altered or expired link is a 404.")
    @APIResponse(responseCode = "201", description = "The link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewLink.class)))
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public RestResponse<PreviewLink> createPreviewLink(
            @Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        PreviewLink link = previews.create(slug);
        return RestResponse.ResponseBuilder.<PreviewLink>created(java.net.URI.create(link.path())).entity(link).build();
    }
}
