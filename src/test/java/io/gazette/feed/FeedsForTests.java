package io.gazette.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.restassured.response.Response;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/** Reads feeds the way subscribers do: RSS and Atom through Rome's parser, JSON Feed checked against the JSON Feed 1.1 schema. */
public final class FeedsForTests {

    public static final List<String> FORMATS = List.of("rss", "atom", "json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema JSON_FEED = jsonFeedSchema();

    private FeedsForTests() {
    }

    /** The feed at {@code path} (without its extension) in {@code format}, which must answer 200 in that format. */
    public static Response fetch(String path, String format) {
        Response response = given().get(path + "." + format);
        assertEquals(200, response.statusCode(), () -> path + "." + format + ": " + response.asString());
        String type = response.contentType();
        assertTrue(type.startsWith(switch (format) {
            case "rss" -> "application/rss+xml";
            case "atom" -> "application/atom+xml";
            default -> "application/feed+json";
        }), type);
        return response;
    }

    /** An RSS or Atom document as Rome reads it (it refuses what is not one). */
    public static SyndFeed parse(Response response) {
        try {
            return new SyndFeedInput().build(new StringReader(response.asString()));
        } catch (Exception e) {
            throw new AssertionError("Rome cannot read the feed: " + e.getMessage() + "\n" + response.asString(), e);
        }
    }

    /** A JSON Feed document, after checking it against the JSON Feed 1.1 schema. */
    public static JsonNode json(Response response) {
        List<Error> errors = JSON_FEED.validate(response.asString(), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> "Not JSON Feed 1.1: " + errors + "\n" + response.asString());
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static Optional<SyndEntry> entry(SyndFeed feed, String url) {
        return feed.getEntries().stream().filter(entry -> url.equals(entry.getLink())).findFirst();
    }

    public static Optional<JsonNode> item(JsonNode feed, String url) {
        for (JsonNode item : feed.path("items")) {
            if (url.equals(item.path("url").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** Whether the feed lists the article at this front-end URL, whatever its format. */
    public static boolean lists(String path, String format, String url) {
        Response response = fetch(path, format);
        return format.equals("json") ? item(json(response), url).isPresent() : entry(parse(response), url).isPresent();
    }

    private static Schema jsonFeedSchema() {
        try (InputStream schema = FeedsForTests.class.getResourceAsStream("/feed/jsonfeed-1.1.schema.json")) {
            assertNotNull(schema, "src/test/resources/feed/jsonfeed-1.1.schema.json");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
