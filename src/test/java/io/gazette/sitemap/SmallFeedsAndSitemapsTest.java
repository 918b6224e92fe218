package io.gazette.sitemap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import io.gazette.feed.FeedsForTests;
import io.gazette.support.NonDefaultSettingsProfile;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings that size feeds and sitemaps, and the article path pattern, at small values. */
@QuarkusTest
@TestProfile(NonDefaultSettingsProfile.class)
class SmallFeedsAndSitemapsTest {

    @BeforeEach
    void siteHasAUrl() {
        TestData.siteUrl();
    }

    private static String articleUrl(String slug, String language) {
        return TestData.siteUrl().replaceAll("/$", "") + "/" + language + "/opinion/" + slug;
    }

    @Test
    void aLanguagesSitemapsSplitAtTheConfiguredSize() {
        List<String> slugs = List.of(TestData.article().with("language", "ar").published(), TestData.article().with("language", "ar").published(),
                TestData.article().with("language", "ar").published());
        long published = given().queryParam("lang", "ar").get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getLong("meta.totalItems");
        List<String> pages = Sitemaps.index().stream().filter(path -> path.startsWith("/sitemaps/ar/")).toList();
        assertEquals((published + 1) / 2, pages.size(), pages.toString());
        List<Sitemaps.Url> urls = Sitemaps.language("ar");
        assertEquals(published, urls.size());
        for (String page : pages) {
            assertTrue(Sitemaps.urls(Sitemaps.fetch(page)).size() <= 2, page);
        }
        for (String slug : slugs) {
            assertTrue(urls.stream().anyMatch(url -> url.loc().equals(articleUrl(slug, "ar"))), slug + " in " + urls);
        }
        given().get("/sitemaps/ar/" + (pages.size() + 1) + ".xml").then().statusCode(404);
    }

    @Test
    void feedsHoldTheConfiguredNumberOfItemsWithTheirBodies() {
        String tag = TestData.tag();
        TestData.article().tag(tag).published();
        String second = TestData.article().tag(tag).published();
        String third = TestData.article().tag(tag).with("body", "<p>The whole piece</p>").published();
        List<SyndEntry> entries = FeedsForTests.parse(FeedsForTests.fetch("/feeds/en/tags/" + tag + "/articles", "rss")).getEntries();
        assertEquals(List.of(articleUrl(third, "en"), articleUrl(second, "en")), entries.stream().map(SyndEntry::getLink).toList());
        assertEquals("<p>The whole piece</p>", entries.get(0).getContents().get(0).getValue());
        JsonNode json = FeedsForTests.json(FeedsForTests.fetch("/feeds/en/tags/" + tag + "/articles", "json"));
        assertEquals("<p>The whole piece</p>", json.path("items").path(0).path("content_html").asText());
        String persian = TestData.article().with("language", "fa").with("body", "<p>متن</p>").tag(tag).published();
        JsonNode rtl = FeedsForTests.json(FeedsForTests.fetch("/feeds/fa/tags/" + tag + "/articles", "json"));
        assertEquals(articleUrl(persian, "fa"), rtl.path("items").path(0).path("url").asText());
        assertEquals("<div dir=\"rtl\"><p>متن</p></div>", rtl.path("items").path(0).path("content_html").asText());
    }
}
