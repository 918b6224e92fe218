package io.gazette.article;

import io.gazette.article.dto.SectionPage;
import io.gazette.article.dto.SectionView;
import io.gazette.article.query.ArticleReads;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.Languages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class SectionResource {

    private final ArticleReads articles;
    private final Languages languages;
    private final SurrogateKeys keys;

    SectionResource(ArticleReads articles, Languages languages, SurrogateKeys keys) {
        this.articles = articles;
        this.languages = languages;
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "listSections", summary = "List the sections with their published-article counts, most first",
            description = "Every section, also those with no published article (count 0), on one page, with display names "
                    + "in the chosen language: for navigation menus and the section= filter of the article list.")
    @APIResponse(responseCode = "400", description = "A language that is not configured, or an undeclared parameter")
    @APIResponse(responseCode = "200", description = "Every section",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionPage.class)))
    public RestResponse<PagedList<SectionView>> list(
            @Parameter(description = "Names in this language (else English)", example = "es") @QueryParam("lang") String lang,
            @Parameter(description = "Chooses the language of names when lang is absent") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = languages.choose(lang, acceptLanguage);
        // Each section's count changes with every publication.
        keys.add(SurrogateKeys.SECTIONS, SurrogateKeys.ARTICLES);
        return Responses.inLanguage(RestResponse.ok(articles.sections(language)), language);
    }
}
