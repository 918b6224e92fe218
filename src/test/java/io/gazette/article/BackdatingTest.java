package io.gazette.article;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.as;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BackdatingTest {

    private static String backdate(String slug, Object publishedAt) {
        return editor().body(Map.of("publishedAt", publishedAt)).patch("/api/v1/articles/" + slug)
                .then().statusCode(200).body("publishedAt", equalTo(publishedAt)).extract().path("slug");
    }

    @Test
    void editorsBackdatePublishedArticlesAndTheListsAndCursorsFollow() {
        String tag = TestData.tag();
        String older = TestData.article().tag(tag).published();
        String oldest = TestData.article().tag(tag).published();
        String newest = TestData.article().tag(tag).published();
        backdate(older, "2016-05-04T10:00:00Z");
        backdate(oldest, "2015-03-01T09:30:00Z");

        anonymous().get("/api/v1/articles?tag=" + tag).then().statusCode(200)
                .body("items.slug", contains(newest, older, oldest))
                .body("items[2].publishedAt", equalTo("2015-03-01T09:30:00Z"));
        anonymous().get("/api/v1/articles?tag=" + tag + "&sort=publishedAt").then().statusCode(200)
                .body("items.slug", contains(oldest, older, newest));
        anonymous().get("/api/v1/articles?tag=" + tag + "&publishedBefore=2016-01-01").then().statusCode(200)
                .body("items.slug", contains(oldest));

        String cursor = anonymous().get("/api/v1/articles?tag=" + tag + "&cursor=&size=1").then().statusCode(200)
                .body("items.slug", contains(newest)).extract().path("meta.nextCursor");
        cursor = anonymous().queryParam("cursor", cursor).get("/api/v1/articles?tag=" + tag + "&size=1").then().statusCode(200)
                .body("items.slug", contains(older)).extract().path("meta.nextCursor");
        anonymous().queryParam("cursor", cursor).get("/api/v1/articles?tag=" + tag + "&size=1").then().statusCode(200)
                .body("items.slug", contains(oldest));
        anonymous().get("/api/v1/articles/" + oldest).then().statusCode(200).body("publishedAt", equalTo("2015-03-01T09:30:00Z"));
    }

    @Test
    void aDateSetOnADraftIsKeptWhenItIsPublished() {
        String slug = TestData.article().draft();
        backdate(slug, "2019-11-21T09:30:00Z");
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(404);
        editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200)
                .body("publishedAt", equalTo("2019-11-21T09:30:00Z"));
        anonymous().get("/api/v1/articles?publishedBefore=2019-11-22&publishedAfter=2019-11-21").then().statusCode(200)
                .body("items.slug", hasItem(slug));
    }

    @Test
    void authorsMayNotBackdateEvenTheirOwnDrafts() {
        String key = TestData.key("author");
        String slug = TestData.article().draftAs(key);
        as(key).body(Map.of("publishedAt", "2015-03-01T09:30:00Z")).patch("/api/v1/articles/" + slug)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aPublicationDateInTheFutureIsRefusedNamingTheField() {
        String slug = TestData.article().published();
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        editor().body(Map.of("publishedAt", tomorrow)).patch("/api/v1/articles/" + slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("publishedAt"));
    }

    @Test
    void aPublicationDateCannotBeRemovedAndAnAbsentOneStays() {
        String slug = TestData.article().published();
        backdate(slug, "2015-03-01T09:30:00Z");
        Map<String, Object> undated = new HashMap<>();
        undated.put("publishedAt", null);
        editor().body(undated).patch("/api/v1/articles/" + slug)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("publishedAt"))
                .body("errors[0].message", startsWith("must not be null: an article keeps the date it was first published"));
        undated.put("title", "Retitled, date unchanged");
        editor().body(undated).patch("/api/v1/articles/" + slug).then().statusCode(400);
        editor().body(Map.of("title", "Retitled, date unchanged")).patch("/api/v1/articles/" + slug)
                .then().statusCode(200).body("publishedAt", equalTo("2015-03-01T09:30:00Z"));
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("title", equalTo("Retitled, date unchanged")).body("publishedAt", equalTo("2015-03-01T09:30:00Z"));
    }

    @Test
    void aMalformedPublicationDateIsA400NamingTheField() {
        String slug = TestData.article().published();
        for (Object bad : new Object[] {"yesterday", "2015-02-30T10:00:00Z", 20150301, "2015-03-01 09:30"}) {
            editor().body(Map.of("publishedAt", bad)).patch("/api/v1/articles/" + slug)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("publishedAt"));
        }
    }
}
