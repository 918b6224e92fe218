package io.gazette.feed;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import io.gazette.common.web.ResponseCache;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.site.Site;
import io.gazette.site.SiteRepository;
import io.gazette.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedTest {

    /** Feeds and sitemaps link to the front end: the site needs a URL (any test may have given it one). */
    @BeforeEach
    void siteHasAUrl() {
        TestData.siteUrl();
    }

    @Inject
    SiteRepository sites;

    @Inject
    ResponseCache cache;

    /** The feed paths (without extension) of one language: the language's own, and its section's, tag's and author's. */
    private static List<String> facets(String language, String tag, String author) {
        String base = "/feeds/" + language;
        return List.of(base + "/articles", base + "/sections/opinion/articles", base + "/tags/" + tag + "/articles",
                base + "/authors/" + author + "/articles");
    }

    private static String encoded(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    private static String articleUrl(String slug) {
        return TestData.siteUrl().replaceAll("/$", "") + "/articles/" + encoded(slug);
    }

    @Test
    void everyFacetAndFormatOfEachLanguageListsTheNewestPublishedArticles() {
        String author = TestData.author();
        for (String language : List.of("en", "fa")) {
            String tag = TestData.tag(language.equals("fa") ? TestData.unique("دیپلماسی") : TestData.unique("diplomacy"));
            String slug = TestData.article().with("language", language).with("title", "Feed piece " + language)
                    .author(author).tag(tag).published();
            String draft = TestData.article().with("language", language).author(author).tag(tag).draft();
            String url = articleUrl(slug);
            for (String path : facets(language, tag, author)) {
                for (String format : FeedsForTests.FORMATS) {
                    Response response = FeedsForTests.fetch(path, format);
                    assertEquals(language, response.header("Content-Language"));
                    assertFalse(response.asString().contains(draft), path + "." + format + " shows a draft");
                    if (format.equals("json")) {
                        JsonNode feed = FeedsForTests.json(response);
                        assertEquals(language, feed.path("language").asText());
                        JsonNode item = FeedsForTests.item(feed, url).orElseThrow(() -> new AssertionError(path + ".json lacks " + url));
                        assertEquals("Feed piece " + language, item.path("title").asText());
                        assertEquals("Lead of " + slug, item.path("summary").asText());
                        assertEquals("Author " + author, item.path("authors").path(0).path("name").asText());
                        assertTrue(item.path("tags").toString().contains("Tag " + tag), item.toString());
                        assertTrue(item.has("date_published") && item.has("date_modified"), item.toString());
                    } else {
                        SyndFeed feed = FeedsForTests.parse(response);
                        assertEquals(language, feed.getLanguage());
                        SyndEntry entry = FeedsForTests.entry(feed, url).orElseThrow(() -> new AssertionError(path + "." + format + " lacks " + url));
                        assertEquals("Feed piece " + language, entry.getTitle());
                        assertEquals("Lead of " + slug, entry.getDescription().getValue());
                        assertEquals(List.of("Author " + author), format.equals("rss")
                                ? ((DCModule) entry.getModule(DCModule.URI)).getCreators()
                                : entry.getAuthors().stream().map(SyndPerson::getName).toList());
                        List<String> categories = entry.getCategories().stream().map(SyndCategory::getName).toList();
                        assertTrue(categories.contains("Tag " + tag), categories.toString());
                        assertEquals(1, categories.stream().filter(name -> !name.startsWith("Tag ")).count(), "the section: " + categories);
                        assertNotNull(entry.getPublishedDate());
                        if (format.equals("atom")) {
                            assertNotNull(entry.getUpdatedDate());
                            assertTrue(response.asString().contains("xml:lang=\"" + language + "\""), response.asString());
                        }
                    }
                }
            }
        }
    }

    @Test
    void feedsAreNewestFirstAndOfOneLanguage() {
        String tag = TestData.tag();
        String older = TestData.article().tag(tag).published();
        String newer = TestData.article().tag(tag).published();
        String spanish = TestData.article().with("language", "es").tag(tag).published();
        JsonNode feed = FeedsForTests.json(FeedsForTests.fetch("/feeds/en/tags/" + tag + "/articles", "json"));
        List<String> urls = new ArrayList<>();
        feed.path("items").forEach(item -> urls.add(item.path("url").asText()));
        assertEquals(List.of(articleUrl(newer), articleUrl(older)), urls);
        assertTrue(FeedsForTests.lists("/feeds/es/tags/" + tag + "/articles", "rss", articleUrl(spanish)));
    }

    @Test
    void anUnpublishedArticleLeavesItsFeedsAtOnce() {
        String tag = TestData.tag();
        String author = TestData.author();
        String slug = TestData.article().tag(tag).author(author).published();
        String url = articleUrl(slug);
        for (String path : facets("en", tag, author)) {
            for (String format : FeedsForTests.FORMATS) {
                assertTrue(FeedsForTests.lists(path, format, url), path + "." + format);
            }
        }
        editor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);
        for (String path : facets("en", tag, author)) {
            for (String format : FeedsForTests.FORMATS) {
                assertFalse(FeedsForTests.lists(path, format, url), path + "." + format + " still lists " + slug);
            }
        }
    }

    @Test
    void anEditShowsInTheFeedAtOnce() {
        String tag = TestData.tag();
        String slug = TestData.article().tag(tag).published();
        assertEquals("Title of " + slug, FeedsForTests.entry(FeedsForTests.parse(FeedsForTests.fetch("/feeds/en/tags/" + tag + "/articles", "atom")),
                articleUrl(slug)).orElseThrow().getTitle());
        editor().body(Map.of("title", "Corrected title")).patch("/api/v1/articles/" + slug).then().statusCode(200);
        assertEquals("Corrected title", FeedsForTests.entry(FeedsForTests.parse(FeedsForTests.fetch("/feeds/en/tags/" + tag + "/articles", "atom")),
                articleUrl(slug)).orElseThrow().getTitle());
    }

    @Test
    void feedsAreCachedAndRevalidatedLikeLists() {
        String tag = TestData.tag();
        String slug = TestData.article().tag(tag).published();
        long id = editor().get("/api/v1/articles/" + slug).then().extract().jsonPath().getLong("id");
        Response first = FeedsForTests.fetch("/feeds/en/tags/" + tag + "/articles", "rss");
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertTrue(first.header("Cache-Control").startsWith("public, max-age="), first.header("Cache-Control"));
        List<String> keys = List.of(first.header("Surrogate-Key").split(" "));
        assertTrue(keys.containsAll(List.of("articles-tag-" + tag, "article-" + id, "tag-" + tag, "site")), keys.toString());
        given().header("If-None-Match", etag).get("/feeds/en/tags/" + tag + "/articles.rss")
                .then().statusCode(304).header("ETag", etag).body(emptyOrNullString());
        given().header("Accept-Encoding", "gzip").get("/feeds/en/tags/" + tag + "/articles.rss")
                .then().statusCode(200).header("ETag", startsWith(etag.substring(0, etag.length() - 1)));
        given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN).get("/feeds/en/tags/" + tag + "/articles.rss")
                .then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void unknownLanguagesFacetsAndExtensionsAreNotFoundProblems() {
        String tag = TestData.tag();
        for (String path : List.of("/feeds/de/articles.rss", "/feeds/EN/articles.json", "/feeds/en/articles.xml",
                "/feeds/en/sections/editorials/articles.atom", "/feeds/en/tags/no-such-tag-" + tag + "/articles.rss",
                "/feeds/en/authors/no-such-author/articles.json", "/feeds/en/tags/" + tag + "/articles.html")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
        given().get("/feeds/en/articles.rss?page=2").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void withoutASiteUrlFeedsAndSitemapsSaySoInA409() {
        TestData.siteUrl();
        String kept = QuarkusTransaction.requiringNew().call(() -> {
            Site site = sites.current();
            String url = site.url;
            site.url = null;
            return url;
        });
        cache.purge(Set.of(SurrogateKeys.SITE));
        try {
            for (String path : List.of("/feeds/en/articles.rss", "/feeds/es/articles.json", "/sitemap.xml", "/sitemaps/en/1.xml",
                    "/sitemaps/news.xml")) {
                given().get(path).then().statusCode(409).contentType("application/problem+json")
                        .body("detail", containsString("gazette.site.url"));
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> sites.current().url = kept);
            cache.purge(Set.of(SurrogateKeys.SITE));
        }
    }

    @Test
    void rightToLeftFeedsSayTheirLanguage() {
        String slug = TestData.article().with("language", "ar").with("title", "الدبلوماسية العلمية").published();
        Response atom = FeedsForTests.fetch("/feeds/ar/articles", "atom");
        assertTrue(atom.asString().contains("xml:lang=\"ar\""));
        assertEquals("الدبلوماسية العلمية", FeedsForTests.entry(FeedsForTests.parse(atom), articleUrl(slug)).orElseThrow().getTitle());
    }
}
