package io.gazette.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.feed.dto.JsonFeed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Feeds for readers' feed readers and aggregators, outside /api/v1: a subscribed address must outlive API versions.
 * The extension chooses the format (not Accept: feed readers send all sorts of Accept headers).
 */
@Path("/feeds/{lang}")
@Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest published articles, per language, section, tag and author")
public class FeedResource {

    static final String RSS_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
              <channel>
                <title>Strategic Council Online</title>
                <link>https://strategic-council.example.org/</link>
                <description>Opinion, interviews and analysis on international affairs</description>
                <language>en</language>
                <item>
                  <title>Single State, Iran's Solution to the Palestinian Crisis</title>
                  <link>https://strategic-council.example.org/articles/single-state-irans-solution</link>
                  <description>Iran proposes a referendum.</description>
                  <category>Opinion</category>
                  <pubDate>Thu, 21 Nov 2024 09:30:00 GMT</pubDate>
                  <guid>https://strategic-council.example.org/articles/single-state-irans-solution</guid>
                  <dc:creator>Hamid Khoshayand</dc:creator>
                </item>
              </channel>
            </rss>""";
    static final String ATOM_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Strategic Council Online</title>
              <link rel="alternate" type="text/html" href="https://strategic-council.example.org/"/>
              <link rel="self" type="application/atom+xml" href="https://api.strategic-council.example.org/feeds/en/articles.atom"/>
              <author><name>Strategic Council Online</name></author>
              <id>https://api.strategic-council.example.org/feeds/en/articles.atom</id>
              <updated>2024-11-22T08:00:00Z</updated>
              <entry>
                <title>Single State, Iran's Solution to the Palestinian Crisis</title>
                <link rel="alternate" href="https://strategic-council.example.org/articles/single-state-irans-solution"/>
                <category term="Opinion"/>
                <author><name>Hamid Khoshayand</name><uri>https://strategic-council.example.org/authors/hamid-khoshayand</uri></author>
                <id>https://strategic-council.example.org/articles/single-state-irans-solution</id>
                <updated>2024-11-22T08:00:00Z</updated>
                <published>2024-11-21T09:30:00Z</published>
                <summary>Iran proposes a referendum.</summary>
              </entry>
            </feed>""";
    static final String FORMAT = "rss: RSS 2.0, atom: Atom 1.0, json: JSON Feed 1.1; any other extension is a 404";
    static final String OK = "The newest published articles, newest first (gazette.feeds.size, 50 by default)";
    static final String NOT_FOUND_LANGUAGE = "A language that is not configured, or an extension other than rss, atom and json";
    static final String NO_SITE_URL = "The site has no URL yet (gazette.site.url or PUT /api/v1/site): feeds link to the front end's pages";

    private final FeedService feeds;
    private final SurrogateKeys keys;
    private final ObjectMapper json;

    FeedResource(FeedService feeds, SurrogateKeys keys, ObjectMapper json) {
        this.feeds = feeds;
        this.keys = keys;
        this.json = json;
    }

    @GET
    @Path("/articles.{format}")
    @Operation(operationId = "getLanguageFeed", summary = "Feed of the newest articles in a language",
            description = "Items link to the front end (gazette.site.url with gazette.site.article-path). Cached, purged and "
                    + "revalidated like GET /api/v1/articles?lang=: an edit, publication or unpublication shows at once.")
    @APIResponse(responseCode = "200", description = OK, headers = @Header(name = ApiDocs.CONTENT_LANGUAGE, ref = ApiDocs.CONTENT_LANGUAGE),
            content = {
                    @Content(mediaType = FeedFormat.RSS_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "rss", value = RSS_EXAMPLE)),
                    @Content(mediaType = FeedFormat.ATOM_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "atom", value = ATOM_EXAMPLE)),
                    @Content(mediaType = FeedFormat.JSON_TYPE, schema = @Schema(implementation = JsonFeed.class))})
    @APIResponse(responseCode = "404", description = NOT_FOUND_LANGUAGE)
    @APIResponse(responseCode = "409", description = NO_SITE_URL)
    public Response language(@Parameter(description = "A configured language (GET /api/v1/languages)", example = "en") @PathParam("lang") String lang,
                             @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = {"rss", "atom", "json"}), example = "rss")
                             @PathParam("format") String format, @Context UriInfo uri) {
        FeedFormat chosen = FeedFormat.fromExtension(format);
        return respond(feeds.language(lang, self(uri)), chosen);
    }

    @GET
    @Path("/sections/{section}/articles.{format}")
    @Operation(operationId = "getSectionFeed", summary = "Feed of the newest articles of a section in a language",
            description = "The channel links to the front end's section page (gazette.site.section-path).")
    @APIResponse(responseCode = "200", description = OK, headers = @Header(name = ApiDocs.CONTENT_LANGUAGE, ref = ApiDocs.CONTENT_LANGUAGE),
            content = {
                    @Content(mediaType = FeedFormat.RSS_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "rss", value = RSS_EXAMPLE)),
                    @Content(mediaType = FeedFormat.ATOM_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "atom", value = ATOM_EXAMPLE)),
                    @Content(mediaType = FeedFormat.JSON_TYPE, schema = @Schema(implementation = JsonFeed.class))})
    @APIResponse(responseCode = "404", description = NOT_FOUND_LANGUAGE + ", or an unknown section")
    @APIResponse(responseCode = "409", description = NO_SITE_URL)
    public Response section(@Parameter(description = "A configured language (GET /api/v1/languages)", example = "en") @PathParam("lang") String lang,
                            @Parameter(description = "A section (GET /api/v1/sections)", example = "opinion") @PathParam("section") String section,
                            @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = {"rss", "atom", "json"}), example = "atom")
                            @PathParam("format") String format, @Context UriInfo uri) {
        FeedFormat chosen = FeedFormat.fromExtension(format);
        return respond(feeds.section(lang, section, self(uri)), chosen);
    }

    @GET
    @Path("/tags/{slug}/articles.{format}")
    @Operation(operationId = "getTagFeed", summary = "Feed of the newest articles with a tag in a language",
            description = "The title names the tag in the feed's language; the channel links to gazette.site.tag-path.")
    @APIResponse(responseCode = "200", description = OK, headers = @Header(name = ApiDocs.CONTENT_LANGUAGE, ref = ApiDocs.CONTENT_LANGUAGE),
            content = {
                    @Content(mediaType = FeedFormat.RSS_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "rss", value = RSS_EXAMPLE)),
                    @Content(mediaType = FeedFormat.ATOM_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "atom", value = ATOM_EXAMPLE)),
                    @Content(mediaType = FeedFormat.JSON_TYPE, schema = @Schema(implementation = JsonFeed.class))})
    @APIResponse(responseCode = "404", description = NOT_FOUND_LANGUAGE + ", or an unknown tag")
    @APIResponse(responseCode = "409", description = NO_SITE_URL)
    public Response tag(@Parameter(description = "A configured language (GET /api/v1/languages)", example = "en") @PathParam("lang") String lang,
                        @Parameter(description = "A tag's slug", example = "latin-america") @PathParam("slug") String slug,
                        @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = {"rss", "atom", "json"}), example = "json")
                        @PathParam("format") String format, @Context UriInfo uri) {
        FeedFormat chosen = FeedFormat.fromExtension(format);
        return respond(feeds.tag(lang, slug, self(uri)), chosen);
    }

    @GET
    @Path("/authors/{slug}/articles.{format}")
    @Operation(operationId = "getAuthorFeed", summary = "Feed of the newest articles by an author in a language",
            description = "The channel links to the front end's author page (gazette.site.author-path).")
    @APIResponse(responseCode = "200", description = OK, headers = @Header(name = ApiDocs.CONTENT_LANGUAGE, ref = ApiDocs.CONTENT_LANGUAGE),
            content = {
                    @Content(mediaType = FeedFormat.RSS_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "rss", value = RSS_EXAMPLE)),
                    @Content(mediaType = FeedFormat.ATOM_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "atom", value = ATOM_EXAMPLE)),
                    @Content(mediaType = FeedFormat.JSON_TYPE, schema = @Schema(implementation = JsonFeed.class))})
    @APIResponse(responseCode = "404", description = NOT_FOUND_LANGUAGE + ", or an unknown author")
    @APIResponse(responseCode = "409", description = NO_SITE_URL)
    public Response author(@Parameter(description = "A configured language (GET /api/v1/languages)", example = "en") @PathParam("lang") String lang,
                           @Parameter(description = "An author's slug", example = "hamid-khoshayand") @PathParam("slug") String slug,
                           @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = {"rss", "atom", "json"}), example = "rss")
                           @PathParam("format") String format, @Context UriInfo uri) {
        FeedFormat chosen = FeedFormat.fromExtension(format);
        return respond(feeds.author(lang, slug, self(uri)), chosen);
    }

    private Response respond(Feed feed, FeedFormat format) {
        keys.addAll(feed.keys());
        byte[] body = format == FeedFormat.JSON ? JsonFeeds.write(feed, json) : RomeFeeds.write(feed, format);
        return Response.ok(body, format.mediaType + ";charset=UTF-8").header(HttpHeaders.CONTENT_LANGUAGE, feed.language()).build();
    }

    /** The address the feed was asked for, as feed readers subscribe to it (behind a proxy, with its forwarded host). */
    private static String self(UriInfo uri) {
        return uri.getAbsolutePath().toString();
    }
}
