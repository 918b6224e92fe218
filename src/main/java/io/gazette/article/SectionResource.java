package io.gazette.article;

import io.gazette.article.dto.SectionPage;
import io.gazette.article.dto.SectionView;
import io.gazette.common.api.PagedList;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class SectionResource {

    private final ArticleService articles;

    SectionResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(operationId = "listSections", summary = "List the sections with their published-article counts, most first")
    @APIResponse(responseCode = "200", description = "Every section",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionPage.class)))
    public PagedList<SectionView> list() {
        return articles.sections();
    }
}
