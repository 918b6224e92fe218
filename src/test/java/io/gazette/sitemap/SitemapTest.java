package io.gazette.sitemap;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.MutableClock;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@QuarkusTest
class SitemapTest {

    /** Feeds and sitemaps link to the front end: the site needs a URL (any test may have given it one). */
    @BeforeEach
    void siteHasAUrl() {
        TestData.siteUrl();
    }

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theIndexListsEachLanguagesSitemapsAndTheNewsSitemap() {
        TestData.siteUrl();
        TestData.article().with("language", "es").published();
        List<String> sitemaps = Sitemaps.index();
        assertTrue(sitemaps.containsAll(List.of("/sitemaps/en/1.xml", "/sitemaps/es/1.xml", "/sitemaps/news.xml")), sitemaps.toString());
        // every configured language's first file, published in or not: a language's first article needs no new index
        List<String> languages = given().get("/api/v1/languages").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertTrue(languages.size() > 2, languages.toString());
        languages.forEach(language -> assertTrue(sitemaps.contains("/sitemaps/" + language + "/1.xml"), language + " in " + sitemaps));
        for (String sitemap : sitemaps) {
            Sitemaps.urls(Sitemaps.fetch(sitemap));
        }
    }

    @Test
    void aLanguageSitemapListsItsPublishedArticlesWithLastmodAndNoDraft() {
        String slug = TestData.article().published();
        String draft = TestData.article().draft();
        String spanish = TestData.article().with("language", "es").published();
        List<Sitemaps.Url> english = Sitemaps.language("en");
        String slugUrl = Sitemaps.articleUrl(slug);
        String draftUrl = Sitemaps.articleUrl(draft);
        String spanishUrl = Sitemaps.articleUrl(spanish);
        Sitemaps.Url url = english.stream().filter(u -> u.loc().equals(slugUrl)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + slug));
        String updatedAt = editor().get("/api/v1/articles/" + slug).then().extract().path("updatedAt");
        assertEquals(Instant.parse(updatedAt).truncatedTo(ChronoUnit.SECONDS), Instant.parse(url.lastmod()));
        assertTrue(url.alternates().isEmpty(), url.alternates().toString());
        assertFalse(english.stream().anyMatch(u -> u.loc().equals(draftUrl)));
        assertFalse(english.stream().anyMatch(u -> u.loc().equals(spanishUrl)));
    }

    @Test
    void translationsLinkEachOtherBothWaysWithTheDefaultLanguageAsXDefault() {
        String en = TestData.article().published();
        String es = TestData.article().with("language", "es").published();
        String fa = TestData.article().with("language", "fa").with("slug", TestData.unique("دیپلماسی-علمی")).published();
        String draft = TestData.article().with("language", "ar").draft();
        for (String translation : List.of(es, fa, draft)) {
            editor().put("/api/v1/articles/" + en + "/translations/" + translation).then().statusCode(200);
        }
        String defaultLanguage = given().get("/api/v1/site").then().extract().path("defaultLanguage");
        Map<String, String> editions = Map.of("en", Sitemaps.articleUrl(en), "es", Sitemaps.articleUrl(es), "fa", Sitemaps.articleUrl(fa));
        Map<String, String> expected = new HashMap<>(editions);
        if (editions.containsKey(defaultLanguage)) {
            expected.put("x-default", editions.get(defaultLanguage));
        }
        for (Map.Entry<String, String> edition : editions.entrySet()) {
            Sitemaps.Url url = Sitemaps.language(edition.getKey()).stream().filter(u -> u.loc().equals(edition.getValue())).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + edition));
            assertEquals(expected, url.alternates(), edition.getKey() + " links " + url.alternates());
        }
        // Unlinking takes both out of each other's alternates
        editor().delete("/api/v1/articles/" + en + "/translations/" + es).then().statusCode(200);
        Sitemaps.Url spanish = Sitemaps.language("es").stream().filter(u -> u.loc().equals(editions.get("es"))).findFirst().orElseThrow();
        assertTrue(spanish.alternates().isEmpty(), spanish.alternates().toString());
        Sitemaps.Url english = Sitemaps.language("en").stream().filter(u -> u.loc().equals(editions.get("en"))).findFirst().orElseThrow();
        assertEquals(Set.of("en", "fa"), Set.copyOf(english.alternates().keySet().stream().filter(key -> !key.equals("x-default")).toList()));
    }

    @Test
    void anUnpublishedArticleLeavesTheSitemaps() {
        String slug = TestData.article().published();
        String url = Sitemaps.articleUrl(slug);
        assertTrue(Sitemaps.language("en").stream().anyMatch(u -> u.loc().equals(url)));
        assertTrue(Sitemaps.find(Sitemaps.fetch("/sitemaps/news.xml"), url).isPresent());
        editor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);
        assertFalse(Sitemaps.language("en").stream().anyMatch(u -> u.loc().equals(url)));
        assertFalse(Sitemaps.find(Sitemaps.fetch("/sitemaps/news.xml"), url).isPresent());
    }

    @Test
    void theNewsSitemapHoldsTheLast48HoursByTheApplicationsClock() {
        TestData.siteUrl();
        // In the past, so that no article of this test sorts before the others' in their lists
        Instant start = Instant.now().minus(Duration.ofHours(50)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        String slug = TestData.article().with("title", "News of the day").published();
        String url = Sitemaps.articleUrl(slug);
        String site = given().get("/api/v1/site").then().extract().path("name");
        Element news = Sitemaps.find(Sitemaps.fetch("/sitemaps/news.xml"), url).orElseThrow().element();
        assertEquals(site, Sitemaps.text(news, Sitemaps.NEWS_NS, "name"));
        assertEquals("en", Sitemaps.text(news, Sitemaps.NEWS_NS, "language"));
        assertEquals("News of the day", Sitemaps.text(news, Sitemaps.NEWS_NS, "title"));
        assertEquals(start, Instant.parse(Sitemaps.text(news, Sitemaps.NEWS_NS, "publication_date")));

        clock.set(start.plus(Duration.ofHours(47)));
        String later = TestData.article().published();
        Document sitemap = Sitemaps.fetch("/sitemaps/news.xml");
        assertTrue(Sitemaps.find(sitemap, url).isPresent(), "47 hours on, still news");
        clock.set(start.plus(Duration.ofHours(49)));
        TestData.article().published();
        sitemap = Sitemaps.fetch("/sitemaps/news.xml");
        assertFalse(Sitemaps.find(sitemap, url).isPresent(), "49 hours on, no longer news");
        assertTrue(Sitemaps.find(sitemap, Sitemaps.articleUrl(later)).isPresent());
    }

    @Test
    void languageSitemapsAreStreamedGzippedWithCachingHeaders() {
        TestData.siteUrl();
        Response response = given().header("Accept-Encoding", "gzip").get("/sitemaps/en/1.xml");
        response.then().statusCode(200).header("Content-Encoding", "gzip")
                .header("Cache-Control", startsWith("public, max-age="))
                .header("Surrogate-Key", containsString("articles-lang-en"))
                .header("Vary", containsString("Accept-Encoding"));
        Sitemaps.urls(Sitemaps.parse(response.asByteArray()));
        Response index = given().get("/sitemap.xml");
        given().header("If-None-Match", index.header("ETag")).get("/sitemap.xml").then().statusCode(304);
    }

    @Test
    void aLanguageSitemapAnswersIfNoneMatchWith304UntilAPublicWriteAndThenShowsIt() {
        TestData.siteUrl();
        String es = TestData.article().with("language", "es").published();
        String url = "/sitemaps/es/1.xml";
        Response first = given().get(url);
        first.then().statusCode(200).header("ETag", matchesPattern("W/\"[0-9a-f]{24}\""));
        String etag = first.header("ETag");
        given().header("Accept-Encoding", "gzip").get(url).then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", etag);
        given().header("If-None-Match", etag).get(url).then().statusCode(304).body(emptyString()).header("ETag", etag)
                .header("Cache-Control", first.header("Cache-Control")).header("Surrogate-Key", first.header("Surrogate-Key"))
                .header("Vary", first.header("Vary"));
        given().header("If-None-Match", "\"something-else\", " + etag.substring(2)).get(url).then().statusCode(304);
        given().head(url).then().statusCode(200).header("ETag", etag);

        TestData.article().with("language", "es").draft();
        given().header("If-None-Match", etag).get(url).then().statusCode(304);

        String en = TestData.article().published();
        editor().put("/api/v1/articles/" + en + "/translations/" + es).then().statusCode(200);
        Response changed = given().header("If-None-Match", etag).get(url);
        changed.then().statusCode(200).header("ETag", not(equalTo(etag)));
        Sitemaps.Url spanish = Sitemaps.urls(Sitemaps.parse(changed.asByteArray())).stream()
                .filter(u -> u.loc().equals(Sitemaps.articleUrl(es))).findFirst().orElseThrow();
        assertEquals(Sitemaps.articleUrl(en), spanish.alternates().get("en"), "the new tag's file shows the translation");
    }

    @Test
    void robotsTxtPointsAtTheSitemapIndexAndKeepsCrawlersOutOfTheApi() {
        TestData.siteUrl();
        Response response = given().get("/robots.txt");
        response.then().statusCode(200).contentType(startsWith("text/plain")).header("Cache-Control", startsWith("public, max-age="));
        given().header("If-None-Match", response.header("ETag")).get("/robots.txt").then().statusCode(304);
        String robots = response.asString();
        assertTrue(robots.contains("Disallow: /api/"), robots);
        assertTrue(robots.matches("(?s).*Sitemap: http://[^/]+/sitemap\\.xml\\n.*"), robots);
    }

    @Test
    void unknownLanguagesAndPagesAreNotFoundProblems() {
        TestData.siteUrl();
        for (String path : List.of("/sitemaps/de/1.xml", "/sitemaps/en/0.xml", "/sitemaps/en/first.xml", "/sitemaps/en/999999.xml",
                "/sitemaps/en/-1.xml")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
        assertNotNull(Sitemaps.fetch("/sitemaps/ar/1.xml"));
    }
}
