package io.gazette.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.article.dto.ArticleCard;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.article.dto.ArticleForViewer;
import io.gazette.article.dto.ArticlePage;
import io.gazette.article.dto.ArticleView;
import io.gazette.article.query.ArticleInclude;
import io.gazette.article.query.ArticleListParams;
import io.gazette.article.query.ArticleQuery;
import io.gazette.article.query.ArticleReads;
import io.gazette.article.query.ArticleSort;
import io.gazette.article.query.RelatedArticles;
import io.gazette.author.dto.AuthorRef;
import io.gazette.common.api.QueryValues;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.api.SparseFields;
import io.gazette.common.error.ProblemException;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Viewer;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.Languages;
import io.gazette.tag.dto.TagRef;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    private final ArticleReads articles;
    private final RelatedArticles related;
    private final Viewer viewer;
    private final ObjectMapper json;
    private final Languages languages;
    private final SurrogateKeys keys;

    ArticleResource(ArticleReads articles, RelatedArticles related, Viewer viewer, ObjectMapper json, Languages languages,
                    SurrogateKeys keys) {
        this.articles = articles;
        this.related = related;
        this.viewer = viewer;
        this.json = json;
        this.languages = languages;
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List, filter and search articles as cards",
            description = """
                    Readers see published articles only; editors may pass status to see drafts. Two paging modes: page/size with totals, or cursor= for infinite scroll. Undeclared parameters are a 400.""")
    @APIResponse(responseCode = "200", description = "One page of article cards",
            headers = {
                    @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
                    @Header(name = "Content-Language", description = "The list's language, when lang or Accept-Language chose one",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a bad filter, sort, field, include, cursor, page or size")
    @APIResponse(responseCode = "401", description = "status was given without a valid editor token, or a token was wrong")
    public RestResponse<PagedList<Object>> list(@BeanParam ArticleListParams params, @Context UriInfo uri,
                                                @Parameter(description = "Chooses the list's language when lang is absent (q-values honoured)", example = "es, en;q=0.8")
                                                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ArticleQuery query = params.toQuery(viewer.isStaff(), uri.getQueryParameters().containsKey("cursor"), acceptLanguage, languages);
        PagedList<ArticleCard> page = articles.list(query);
        keys.addAll(listKeys(query));
        boolean bodies = query.includes().contains(ArticleInclude.BODY);
        page.items().forEach(card -> showing(bodies ? SurrogateKeys.article(card.id()) : SurrogateKeys.card(card.id()), card.authors(), card.tags()));
        return Responses.inLanguage(Responses.page(SparseFields.pick(page, query.fields(), json), uri), query.language());
    }

    @GET
    @Path("/{slug}/related")
    @Operation(operationId = "listRelatedArticles", summary = "Articles related to this one: shared tags and authors, same language, recent first",
            description = "Shared authors weigh 3, shared tags 2 each; the sum is divided by (1 + age in days / 30). Never the article itself.")
    @APIResponse(responseCode = "200", description = "Up to size cards, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a size outside 1-20")
    @APIResponse(responseCode = "404", description = "No published article has this slug")
    public PagedList<ArticleCard> related(@BeanParam ArticleSlug article,
            @Parameter(description = "How many, 1 to 20 (default 5)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "5"))
            @QueryParam("size") String size) {
        PagedList<ArticleCard> page = related.to(article.slug(), relatedSize(size));
        showing(page.items());
        return page;
    }

    /**
     * What decides which articles a list holds, in order: a publication, or a change of section, language, tags or
     * authors, purges the keys of every such facet of the article before and after (ArticlePurges), so a list needs the
     * key of one facet it requires (a tag's, the most selective), or of each one it accepts (any of several tags,
     * authors or sections; a language and its fallbacks), or else that of all articles. Searches and lists sorted by
     * title or update time also change with edits.
     */
    static Set<String> listKeys(ArticleQuery query) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.ARTICLE_LISTS);
        if (query.search() != null || (query.sort() != ArticleSort.NEWEST && query.sort() != ArticleSort.OLDEST)) {
            keys.add(SurrogateKeys.ARTICLES_EDITED);
        }
        if (!query.tags().isEmpty()) {
            (query.allTags() ? query.tags().subList(0, 1) : query.tags()).forEach(tag -> keys.add(SurrogateKeys.articlesTagged(tag)));
        } else if (!query.authors().isEmpty()) {
            query.authors().forEach(author -> keys.add(SurrogateKeys.articlesBy(author)));
        } else if (!query.sections().isEmpty()) {
            query.sections().forEach(section -> keys.add(SurrogateKeys.articlesInSection(section.value())));
        } else if (query.language() != null) {
            keys.add(SurrogateKeys.articlesInLanguage(query.language()));
            query.fallbackLanguages().forEach(language -> keys.add(SurrogateKeys.articlesInLanguage(language)));
        } else {
            keys.add(SurrogateKeys.ARTICLES);
        }
        return keys;
    }

    /** Related articles change with any publication, and show their cards. */
    private void showing(List<ArticleCard> cards) {
        keys.add(SurrogateKeys.ARTICLES);
        keys.add(SurrogateKeys.ARTICLE_LISTS);
        cards.forEach(card -> showing(SurrogateKeys.card(card.id()), card.authors(), card.tags()));
    }

    private void showing(String article, List<AuthorRef> authors, List<TagRef> tags) {
        keys.add(article);
        authors.forEach(author -> keys.add(SurrogateKeys.author(author.slug())));
        tags.forEach(tag -> keys.add(SurrogateKeys.tag(tag.slug())));
    }

    private static int relatedSize(String size) {
        return QueryValues.wholeNumber("size", size, 1, RelatedArticles.MAX, 5);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getArticle", summary = "Get one article in full",
            description = """
                    Readers get a published article as an Article. A staff key (author, editor, admin) gets any status as an \
                    ArticleEditorView instead: the same fields plus owner, publishAt and unpublishAt, with unpublished editions \
                    among the translations, and an ETag for conditional writes.""")
    @APIResponse(responseCode = "200", description = "The article: an Article for readers; with a staff key, an ArticleEditorView (a superset of it)",
            headers = {
                    @Header(name = "Content-Language", description = "The article's language", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ApiDocs.VIEWER_ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleForViewer.class)))
    @APIResponse(responseCode = "404", description = "No published article has this slug")
    public RestResponse<?> get(@BeanParam ArticleSlug slug) {
        if (viewer.isStaff()) {
            ArticleEditorView article = articles.anyStatus(slug.slug());
            return Responses.inLanguage(Responses.versioned(article, article.version()), article.language());
        }
        ArticleView article = articles.published(slug.slug());
        keys.single();
        showing(SurrogateKeys.article(article.id()), article.authors(), article.tags());
        return Responses.inLanguage(RestResponse.ok(article), article.language());
    }
}
