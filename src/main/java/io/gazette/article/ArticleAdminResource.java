package io.gazette.article;

import io.gazette.article.editing.ArticleEditor;
import io.gazette.article.translation.ArticleTranslations;
import io.gazette.article.workflow.ArticleWorkflow;
import io.gazette.common.api.IdempotentCreates;
import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.ArticlePatch;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.article.dto.PreviewLink;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.gazette.article.dto.RevisionPage;
import io.gazette.article.dto.RevisionSummary;
import io.gazette.article.dto.RevisionView;
import io.gazette.article.dto.StatusChange;
import io.gazette.common.api.PageParams;
import io.gazette.common.api.PagedList;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

    private final ArticleEditor editor;
    private final ArticleWorkflow workflow;
    private final ArticleTranslations translations;
    private final ArticlePreviews previews;
    private final IdempotentCreates idempotent;

    ArticleAdminResource(ArticleEditor editor, ArticleWorkflow workflow, ArticleTranslations translations,
                         ArticlePreviews previews, IdempotentCreates idempotent) {
        this.editor = editor;
        this.workflow = workflow;
        this.translations = translations;
        this.previews = previews;
        this.idempotent = idempotent;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
    @Operation(operationId = "createArticle", summary = "Create a draft article; its creator owns it")
    @APIResponse(responseCode = "201", description = "Created as a draft; Location points to it, ETag is its version",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleEditorView.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken; or the Idempotency-Key was used with another request, or that request is still in progress (retry after Retry-After)")
    public RestResponse<ArticleEditorView> create(@Valid @NotNull ArticleInput request, @Context UriInfo uri,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, example = ApiDocs.IDEMPOTENCY_KEY_EXAMPLE) @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        return idempotent.create("createArticle", idempotencyKey, request, () -> {
            ArticleEditorView created = editor.create(request);
            return Responses.withETag(Responses.created(uri, created.slug(), created), created.version());
        });
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
    @Operation(operationId = "replaceArticle", summary = "Replace an article's content; its status stays",
            description = "Authors may replace their own articles while in draft or in_review.")
    @APIResponse(responseCode = "200", description = "The article as stored; ETag is its new version")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public RestResponse<ArticleEditorView> replace(@BeanParam ArticleVersion article,
                                             @Valid @NotNull ArticleInput request) {
        ArticleEditorView stored = editor.replace(article.slug(), request, article.ifMatch());
        return Responses.versioned(stored, stored.version());
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH})
    @Path("/{slug}")
    @RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
    @Operation(operationId = "updateArticle", summary = "Change some fields of an article",
            description = "Authors may change their own articles while in draft or in_review.")
    @APIResponse(responseCode = "200", description = "The article as stored; ETag is its new version")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    @APIResponse(responseCode = "409", description = "The new slug is taken")
    public RestResponse<ArticleEditorView> update(@BeanParam ArticleVersion article,
                                            @Valid @NotNull ArticlePatch request) {
        ArticleEditorView stored = editor.patch(article.slug(), request, article.ifMatch());
        return Responses.versioned(stored, stored.version());
    }

    @DELETE
    @Path("/{slug}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article, its comments and its revisions (editors)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public void delete(@BeanParam ArticleVersion article) {
        editor.delete(article.slug(), article.ifMatch());
    }

    @POST
    @Path("/{slug}/publish")
    @Operation(operationId = "publishArticle", summary = "Publish an article now (editors); the first publication sets publishedAt",
            description = "Short for a status change to published. From draft, in_review, scheduled or unpublished.")
    @APIResponse(responseCode = "200", description = "The published article; ETag is its new version",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG))
    @APIResponse(responseCode = "404", description = "No article has this slug")
    @APIResponse(responseCode = "409", description = "The article's status cannot move to published (e.g. it is archived or already published)")
    public RestResponse<ArticleEditorView> publish(@BeanParam ArticleSlug article) {
        ArticleEditorView published = workflow.publish(article.slug());
        return Responses.versioned(published, published.version());
    }

    @POST
    @Path("/{slug}/unpublish")
    @Operation(operationId = "unpublishArticle", summary = "Take a published article down (editors); publishedAt is kept",
            description = "Short for a status change to unpublished.")
    @APIResponse(responseCode = "200", description = "The article, now unpublished; ETag is its new version",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG))
    @APIResponse(responseCode = "404", description = "No article has this slug")
    @APIResponse(responseCode = "409", description = "The article is not published")
    public RestResponse<ArticleEditorView> unpublish(@BeanParam ArticleSlug article) {
        ArticleEditorView unpublished = workflow.unpublish(article.slug());
        return Responses.versioned(unpublished, unpublished.version());
    }

    @POST
    @Path("/{slug}/status")
    @RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeArticleStatus", summary = "Move an article along the workflow, or schedule it",
            description = """
                    draft → in_review, scheduled, published, archived; in_review → draft, scheduled, published; \
                    scheduled → draft, published; published → unpublished, archived; unpublished → draft, scheduled, \
                    published, archived; archived → draft. A scheduled article goes up at publishAt and a published \
                    one comes down at unpublishAt (UTC), by the scheduler. A scheduled or published article may be sent \
                    its own status to change publishAt or unpublishAt (an embargo end on a live article). Authors may \
                    only move their own articles between draft and in_review.""")
    @APIResponse(responseCode = "200", description = "The article in its new status",
            headers = @Header(name = ApiDocs.ETAG, ref = ApiDocs.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleEditorView.class)))
    @APIResponse(responseCode = "404", description = "No article has this slug")
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status; the detail names both states")
    public RestResponse<ArticleEditorView> changeStatus(@BeanParam ArticleSlug article,
                                                  @Valid @NotNull StatusChange request) {
        ArticleEditorView changed = workflow.changeStatus(article.slug(), request);
        return Responses.versioned(changed, changed.version());
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
    @Operation(operationId = "listArticleRevisions", summary = "An article's revisions, newest first, each with who, when and which fields changed")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a bad page or size")
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public RestResponse<PagedList<RevisionSummary>> revisions(@BeanParam ArticleSlug article,
                                                              @BeanParam PageParams page, @Context UriInfo uri) {
        return Responses.page(editor.revisions(article.slug(), page.toRequest()), uri);
    }

    @GET
    @Path("/{slug}/revisions/{number}")
    @RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
    @Operation(operationId = "getArticleRevision", summary = "One revision with the article's content as it was")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "404", description = "No such article or revision")
    public RevisionView revision(@BeanParam ArticleSlug article,
                                 @Parameter(description = "Revision number, from 1", example = "3") @PathParam("number") int number) {
        return editor.revision(article.slug(), number);
    }

    @POST
    @Path("/{slug}/revisions/{number}/restore")
    @Operation(operationId = "restoreArticleRevision", summary = "Put a revision's content back (editors); the status stays and the restore is a new revision")
    @APIResponse(responseCode = "200", description = "The article as restored; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleEditorView.class)))
    @APIResponse(responseCode = "400", description = "The revision names an author or tag that no longer exists (each one is named)")
    @APIResponse(responseCode = "404", description = "No such article or revision")
    @APIResponse(responseCode = "409", description = "The revision's slug is now another article's")
    public RestResponse<ArticleEditorView> restore(@BeanParam ArticleVersion article,
                                             @Parameter(description = "Revision number, from 1", example = "3") @PathParam("number") int number) {
        ArticleEditorView restored = editor.restore(article.slug(), number, article.ifMatch());
        return Responses.versioned(restored, restored.version());
    }

    @PUT
    @Path("/{slug}/translations/{translation}")
    @Operation(operationId = "linkTranslation", summary = "Make another article a translation of this one (editors)",
            description = "The other article joins this article's translation group; a group holds one article per language.")
    @APIResponse(responseCode = "200", description = "This article, listing its translations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleEditorView.class)))
    @APIResponse(responseCode = "400", description = "The two slugs are the same article")
    @APIResponse(responseCode = "404", description = "No article has one of the slugs")
    @APIResponse(responseCode = "409", description = "The group already has an article in that language")
    public ArticleEditorView linkTranslation(
            @BeanParam ArticleSlug article,
            @Parameter(description = "Slug of the translation", example = "estado-unico-la-solucion-de-iran") @PathParam("translation") String translation) {
        return translations.link(article.slug(), translation);
    }

    @DELETE
    @Path("/{slug}/translations/{translation}")
    @Operation(operationId = "unlinkTranslation", summary = "Take an article out of this article's translation group (editors)")
    @APIResponse(responseCode = "200", description = "This article, listing its remaining translations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleEditorView.class)))
    @APIResponse(responseCode = "404", description = "No such article, or it is not a translation of this one")
    public ArticleEditorView unlinkTranslation(
            @BeanParam ArticleSlug article,
            @Parameter(description = "Slug of the translation", example = "estado-unico-la-solucion-de-iran") @PathParam("translation") String translation) {
        return translations.unlink(article.slug(), translation);
    }

    @POST
    @Path("/{slug}/preview-links")
    @RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
    @Operation(operationId = "createPreviewLink", summary = "Make a signed link that shows this article, even a draft, until it expires",
            description = "Links last gazette.preview-link-ttl (24 hours by default); an altered or expired link is a 404.")
    @APIResponse(responseCode = "201", description = "The link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewLink.class)))
    @APIResponse(responseCode = "404", description = "No article has this slug")
    public RestResponse<PreviewLink> createPreviewLink(
            @BeanParam ArticleSlug article) {
        PreviewLink link = previews.create(article.slug());
        return RestResponse.ResponseBuilder.<PreviewLink>created(java.net.URI.create(link.path())).entity(link).build();
    }
}
