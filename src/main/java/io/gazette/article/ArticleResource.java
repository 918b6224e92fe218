package io.gazette.article;

import io.gazette.article.dto.ArticleCard;
import io.gazette.article.dto.ArticlePage;
import io.gazette.article.dto.ArticleView;
import io.gazette.common.api.PageParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.error.ProblemException;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Viewer;
import io.gazette.common.text.Texts;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Opinion pieces, interviews, analysis and news")
public class ArticleResource {

    private static final String ALL_STATUSES = "all";

    private final ArticleService articles;
    private final Viewer viewer;

    ArticleResource(ArticleService articles, Viewer viewer) {
        this.articles = articles;
        this.viewer = viewer;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List articles as cards, newest first",
            description = "Readers see published articles only. Editors may pass status to see drafts.")
    @APIResponse(responseCode = "200", description = "One page of article cards",
            headers = @Header(name = "Link", description = ApiDocs.LIST_HEADERS, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "A bad filter, page or size")
    @APIResponse(responseCode = "401", description = "status was given without a valid editor token, or a token was wrong")
    public RestResponse<PagedList<ArticleCard>> list(
            @Parameter(description = "Only articles with this tag (slug)", example = "latin-america") @QueryParam("tag") String tag,
            @Parameter(description = "Only articles crediting this author (slug)", example = "hamid-khoshayand") @QueryParam("author") String author,
            @Parameter(description = "Only this section", schema = @Schema(implementation = Section.class)) @QueryParam("section") String section,
            @Parameter(description = "Only this language (BCP 47)", example = "en") @QueryParam("lang") String lang,
            @Parameter(description = "Editors only: draft, published or all (default published)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"draft", "published", "all"}))
            @QueryParam("status") String status,
            @BeanParam PageParams page,
            @Context UriInfo uri) {
        ArticleFilter filter = new ArticleFilter(Texts.blankToNull(tag), Texts.blankToNull(author), parseSection(section),
                Texts.blankToNull(lang), parseStatus(status));
        return Responses.page(articles.list(filter, page.toRequest()), uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getArticle", summary = "Get one article in full",
            description = "Readers get published articles only; editors also get drafts.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No published article has this slug")
    public ArticleView get(@Parameter(description = "Article slug", example = "single-state-irans-solution") @PathParam("slug") String slug) {
        return viewer.isEditor() ? articles.getAnyStatus(slug) : articles.getPublished(slug);
    }

    private ArticleStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return ArticleStatus.PUBLISHED;
        }
        if (!viewer.isEditor()) {
            throw new UnauthorizedException();
        }
        if (ALL_STATUSES.equals(status)) {
            return null;
        }
        return ArticleStatus.fromValue(status).orElseThrow(
                () -> ProblemException.invalidField("status", "must be one of draft, published, all"));
    }

    private static Section parseSection(String section) {
        if (section == null || section.isBlank()) {
            return null;
        }
        return Section.fromValue(section).orElseThrow(() -> ProblemException.invalidField("section",
                "must be one of " + Arrays.stream(Section.values()).map(Section::value).collect(Collectors.joining(", "))));
    }
}
