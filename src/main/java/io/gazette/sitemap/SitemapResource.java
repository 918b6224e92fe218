package io.gazette.sitemap;

import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.web.HttpCacheConfig;
import io.gazette.common.web.HttpCaching;
import io.gazette.common.web.SurrogateKeys;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLStreamException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sitemaps and robots.txt for search engines, at the root where crawlers look for them. */
@Path("/")
@Tag(name = "Sitemaps", description = "A sitemap index, per-language sitemaps with hreflang alternates, a Google News sitemap, robots.txt")
public class SitemapResource {

    static final String XML = "application/xml";
    static final String NO_SITE_URL = "The site has no URL yet (gazette.site.url or PUT /api/v1/site): sitemaps list the front end's pages";

    private final SitemapService sitemaps;
    private final SurrogateKeys keys;
    private final HttpCacheConfig caching;

    SitemapResource(SitemapService sitemaps, SurrogateKeys keys, HttpCacheConfig caching) {
        this.sitemaps = sitemaps;
        this.keys = keys;
        this.caching = caching;
    }

    @GET
    @Path("sitemap.xml")
    @Operation(operationId = "getSitemapIndex", summary = "The sitemap index: every language's sitemaps and the News sitemap",
            description = "Addresses are this service's own (the host the request named; behind a proxy, see Caching in the README). "
                    + "A language has one sitemap per gazette.sitemaps.max-urls published articles (50,000), none while it has none. "
                    + "Publications do not purge it: a new file shows within gazette.cache.memory.expire-after-write (10 minutes).")
    @APIResponse(responseCode = "200", description = "A sitemaps.org sitemap index", content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "index", value = """
                    <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\
                    <sitemap><loc>https://api.strategic-council.example.org/sitemaps/en/1.xml</loc></sitemap>\
                    <sitemap><loc>https://api.strategic-council.example.org/sitemaps/news.xml</loc></sitemap></sitemapindex>""")))
    @APIResponse(responseCode = "409", description = NO_SITE_URL)
    public Response index(@Context UriInfo uri) throws XMLStreamException {
        byte[] index = sitemaps.index(uri.getBaseUri().toString());
        // Not articles: it changes only when a language passes a multiple of max-urls, and counting a million articles
        // takes a second, too much to redo at every publication; the cache renders it again within expire-after-write.
        keys.add(SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.SITE);
        return Response.ok(index, XML).build();
    }

    @GET
    @Path("sitemaps/{lang}/{page}.xml")
    @Operation(operationId = "getLanguageSitemap", summary = "One sitemap of a language's published articles, oldest first",
            description = """
                    Each article's front-end URL (gazette.site.url with gazette.site.article-path) and lastmod (its last edit). \
                    An article with translations lists every published edition as an xhtml:link hreflang alternate, itself \
                    included, and x-default the edition in the site's default language: each edition lists the same set, so \
                    every pair links both ways. Streamed from the database as it is written, so it is not kept in memory; shared \
                    caches keep it (Cache-Control, Surrogate-Key). Its ETag is weak (the same gzipped or not) and changes with \
                    every public write, not only the ones that change this file: If-None-Match gives a 304 until then.""")
    @APIResponse(responseCode = "200", description = "A sitemaps.org urlset of up to gazette.sitemaps.max-urls articles",
            headers = {
                    @Header(name = ApiDocs.ETAG, description = "A weak validator, the same gzipped or not; it changes with every public "
                            + "write, so If-None-Match gives a 304 until then", schema = @Schema(type = SchemaType.STRING,
                            example = "W/\"5d0c1e2f3a4b5c6d7e8f9a0b\"")),
                    @Header(name = ApiDocs.CACHE_CONTROL, ref = ApiDocs.CACHE_CONTROL),
                    @Header(name = ApiDocs.VARY, ref = ApiDocs.VARY),
                    @Header(name = ApiDocs.SURROGATE_KEY, ref = ApiDocs.SURROGATE_KEY),
                    @Header(name = ApiDocs.CACHE_TAG, ref = ApiDocs.CACHE_TAG),
                    @Header(name = ApiDocs.CONTENT_ENCODING, description = "gzip when Accept-Encoding allows it",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "urlset", value = """
                    <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
                    xmlns:xhtml="http://www.w3.org/1999/xhtml"><url>\
                    <loc>https://strategic-council.example.org/articles/single-state-irans-solution</loc>\
                    <lastmod>2024-11-22T08:00:00Z</lastmod>\
                    <xhtml:link rel="alternate" hreflang="en" href="https://strategic-council.example.org/articles/single-state-irans-solution"/>\
                    <xhtml:link rel="alternate" hreflang="es" href="https://strategic-council.example.org/articles/estado-unico"/>\
                    <xhtml:link rel="alternate" hreflang="x-default" href="https://strategic-council.example.org/articles/single-state-irans-solution"/>\
                    </url></urlset>""")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", description = "A language that is not configured, a page past the last, or a page that is not a number from 1")
    @APIResponse(responseCode = "409", description = NO_SITE_URL)
    public Response language(@Parameter(description = "A configured language (GET /api/v1/languages)", example = "en") @PathParam("lang") String lang,
                             @Parameter(description = "1, 2, ...", example = "1") @PathParam("page") String page,
                             @Context HttpHeaders request) {
        SitemapService.LanguageSitemap sitemap = sitemaps.language(lang, page);
        List<String> shown = List.of(SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.articlesInLanguage(lang), SurrogateKeys.ARTICLES_EDITED,
                SurrogateKeys.SITE);
        boolean unchanged = HttpCaching.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), sitemap.etag());
        Response.ResponseBuilder answer = unchanged ? Response.notModified() : Response.ok().type(XML);
        answer.header(HttpHeaders.ETAG, sitemap.etag())
                .header(HttpHeaders.CACHE_CONTROL, caching.lists().cacheControl())
                .header(ApiDocs.SURROGATE_KEY, String.join(" ", shown))
                .header(ApiDocs.CACHE_TAG, String.join(",", shown));
        if (unchanged) {
            return answer.build();
        }
        StreamingOutput body = sitemap.body();
        if (HttpCaching.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            return answer.header(HttpHeaders.CONTENT_ENCODING, "gzip").entity((StreamingOutput) out -> {
                GZIPOutputStream zip = new GZIPOutputStream(out, 8192);
                body.write(zip);
                zip.finish();
            }).build();
        }
        return answer.entity(body).build();
    }

    @GET
    @Path("sitemaps/news.xml")
    @Operation(operationId = "getNewsSitemap", summary = "The Google News sitemap: articles published in the last 48 hours, newest first",
            description = "Up to gazette.sitemaps.news-max-urls (1,000) articles published within gazette.sitemaps.news-window (48 hours), "
                    + "each with the publication's name and the article's language, title and publication time. An article leaves it at "
                    + "the first purge after its window ends, or at most gazette.cache.memory.expire-after-write (10 minutes) later.")
    @APIResponse(responseCode = "200", description = "A sitemaps.org urlset with news:news entries", content = @Content(mediaType = XML,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "news", value = """
                    <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
                    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>\
                    <loc>https://strategic-council.example.org/articles/single-state-irans-solution</loc>\
                    <news:news><news:publication><news:name>Strategic Council Online</news:name><news:language>en</news:language>\
                    </news:publication><news:publication_date>2024-11-21T09:30:00Z</news:publication_date>\
                    <news:title>Single State, Iran's Solution to the Palestinian Crisis</news:title></news:news></url></urlset>""")))
    @APIResponse(responseCode = "409", description = NO_SITE_URL)
    public Response news() throws XMLStreamException {
        byte[] news = sitemaps.news();
        keys.add(SurrogateKeys.ARTICLES, SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.ARTICLES_EDITED, SurrogateKeys.SITE);
        return Response.ok(news, XML).build();
    }

    @GET
    @Path("robots.txt")
    @Operation(operationId = "getRobotsTxt", summary = "robots.txt: crawlers may read feeds and sitemaps, not the API",
            description = "Names the sitemap index by this service's own address, once the site has a URL (until then the "
                    + "index answers 409, and robots.txt names no sitemap). A front end on another host lists the same "
                    + "Sitemap line in its own robots.txt, which lets search engines take this host's sitemaps for its pages.")
    @APIResponse(responseCode = "200", description = "The robots.txt", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "robots", value = """
                    User-agent: *
                    Disallow: /api/
                    Disallow: /q/
                    Sitemap: https://api.strategic-council.example.org/sitemap.xml
                    """)))
    public Response robots(@Context UriInfo uri) {
        keys.single().add(SurrogateKeys.SITE);
        String robots = "User-agent: *\nDisallow: /api/\nDisallow: /q/\n"
                + (sitemaps.available() ? "Sitemap: " + uri.getBaseUri() + "sitemap.xml\n" : "");
        return Response.ok(robots.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN + ";charset=UTF-8").build();
    }
}
