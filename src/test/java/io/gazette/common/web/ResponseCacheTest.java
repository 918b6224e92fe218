package io.gazette.common.web;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseCacheTest {

    @Inject
    ResponseCache cache;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Test
    void aSecondIdenticalAnonymousReadIsServedFromMemoryWithoutTouchingTheDatabase() {
        String page = "/api/v1/articles/" + TestData.article().published();
        Response first = anonymous().get(page).then().statusCode(200).extract().response();
        long hits = cache.hits();
        sessionFactory.getStatistics().clear();

        Response second = anonymous().get(page).then().statusCode(200).extract().response();

        assertEquals(hits + 1, cache.hits());
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount());
        assertEquals(first.asString(), second.asString());
        for (String header : new String[] {"ETag", "Cache-Control", "Surrogate-Key", "Cache-Tag", "Vary", "Content-Type", "Content-Language"}) {
            assertEquals(first.header(header), second.header(header), header);
        }
        anonymous().header("If-None-Match", first.header("ETag")).get(page).then().statusCode(304)
                .body(emptyString()).header("ETag", first.header("ETag")).header("Surrogate-Key", first.header("Surrogate-Key"));
        assertEquals(hits + 2, cache.hits());
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount());
    }

    @Test
    void gzippedAndPlainAnswersAreKeptApartAndQueryParametersInAnyOrderShareOneEntry() {
        String tag = TestData.tag();
        TestData.article().tag(tag).with("body", "<p>" + "Long enough to be compressed. ".repeat(80) + "</p>").published();
        String plain = anonymous().header("Accept-Encoding", "gzip;q=0").queryParam("tag", tag).queryParam("include", "body")
                .get("/api/v1/articles").then().statusCode(200).extract().header("ETag");
        long hits = cache.hits();
        anonymous().header("Accept-Encoding", "gzip").queryParam("include", "body").queryParam("tag", tag)
                .get("/api/v1/articles").then().statusCode(200).header("ETag", plain.substring(0, plain.length() - 1) + "-gzip\"")
                .header("Content-Encoding", "gzip");
        assertEquals(hits, cache.hits());
        anonymous().header("Accept-Encoding", "gzip;q=0").queryParam("include", "body").queryParam("tag", tag)
                .get("/api/v1/articles").then().statusCode(200).header("ETag", plain);
        assertEquals(hits + 1, cache.hits());
    }

    @Test
    void writesFreshenTheAffectedPagesOnTheNextReadAndLeaveAnUnrelatedArticleCached() {
        String tag = TestData.tag();
        String article = TestData.article().tag(tag).published();
        String unrelated = TestData.article().published();
        long id = anonymous().get("/api/v1/articles/" + article).then().extract().jsonPath().getLong("id");
        long unrelatedId = anonymous().get("/api/v1/articles/" + unrelated).then().extract().jsonPath().getLong("id");
        String page = "/api/v1/articles/" + article;
        String tagList = "/api/v1/articles?tag=" + tag;
        String tagPage = "/api/v1/tags/" + tag;
        String comments = page + "/comments";
        read(page, tagList, tagPage, comments);
        assertEquals(1, cache.entriesShowing(SurrogateKeys.article(unrelatedId)));

        editor().body(Map.of("title", "Edited " + id)).patch(page).then().statusCode(200);
        anonymous().get(page).then().statusCode(200).body("title", containsString("Edited " + id));

        int comment = anonymous().body(Map.of("name", "Reader", "email", TestData.unique("r") + "@readers.example", "body", "Agreed"))
                .post(comments).then().statusCode(202).extract().path("id");
        read(comments);
        editor().body(Map.of("status", "approved")).patch("/api/v1/comments/" + comment).then().statusCode(200);
        anonymous().get(comments).then().statusCode(200).body("items.body", org.hamcrest.Matchers.hasItem("Agreed"));

        editor().body(Map.of("name", "Renamed " + tag)).patch(tagPage).then().statusCode(200);
        anonymous().get(tagPage).then().statusCode(200).body("name", org.hamcrest.Matchers.equalTo("Renamed " + tag));
        anonymous().get(tagList).then().statusCode(200).body("items[0].tags[0].name", org.hamcrest.Matchers.equalTo("Renamed " + tag));

        String second = TestData.article().tag(tag).published();
        anonymous().get(tagList).then().statusCode(200).body("items.slug", org.hamcrest.Matchers.hasItem(second));

        long hits = cache.hits();
        anonymous().get("/api/v1/articles/" + unrelated).then().statusCode(200);
        assertEquals(hits + 1, cache.hits(), "the unrelated article is still served from memory");
    }

    @Test
    void anEditPurgesOnlyThePagesThatShowWhatChanged() {
        String tag = TestData.tag();
        String otherTag = TestData.tag();
        String slug = TestData.article().tag(tag).published();
        TestData.article().tag(otherTag).published();
        String page = "/api/v1/articles/" + slug;
        String tagList = "/api/v1/articles?tag=" + tag;
        String bodies = tagList + "&include=body";
        String otherList = "/api/v1/articles?tag=" + otherTag;
        String tagPage = "/api/v1/tags/" + tag;

        // The body is on the article's page and on lists that include bodies, not on cards
        read(page, tagList, bodies, otherList, tagPage);
        editor().body(Map.of("body", "<p>A new body</p>")).patch(page).then().statusCode(200);
        assertServedFromMemory(true, tagList, otherList, tagPage);
        assertServedFromMemory(false, page, bodies);

        // A title is on the cards too: the lists that show the article, not the other tag's list nor the tag's page
        read(page, bodies);
        editor().body(Map.of("title", "A new title " + TestData.unique("t"))).patch(page).then().statusCode(200);
        assertServedFromMemory(false, page, tagList, bodies);
        assertServedFromMemory(true, otherList, tagPage);

        // Moving it to the other tag changes both tags' lists and pages
        read(page, tagList, otherList, tagPage, "/api/v1/tags/" + otherTag);
        editor().body(Map.of("tags", List.of(otherTag))).patch(page).then().statusCode(200);
        assertServedFromMemory(false, page, tagList, otherList, tagPage, "/api/v1/tags/" + otherTag);
    }

    private void assertServedFromMemory(boolean expected, String... urls) {
        for (String url : urls) {
            long hits = cache.hits();
            anonymous().get(url).then().statusCode(200);
            assertEquals(expected ? hits + 1 : hits, cache.hits(), url + (expected ? " should be" : " should not be") + " served from memory");
        }
    }

    @Test
    void aChangeRecordedByAnotherInstancePurgesTheLocalEntryWithinThePollInterval() throws SQLException {
        String slug = TestData.article().published();
        String unrelated = TestData.article().published();
        long id = anonymous().get("/api/v1/articles/" + slug).then().extract().jsonPath().getLong("id");
        long unrelatedId = anonymous().get("/api/v1/articles/" + unrelated).then().extract().jsonPath().getLong("id");
        read("/api/v1/articles/" + slug, "/api/v1/articles/" + unrelated);
        assertEquals(1, cache.entriesShowing(SurrogateKeys.article(id)));

        // What another instance's write leaves in the shared database: a row, committed there.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into content_change (surrogate_keys, instance_id, changed_at) values (?, ?, ?)")) {
            insert.setString(1, "article-" + id + " comments-" + id);
            insert.setString(2, "another-instance");
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> cache.entriesShowing(SurrogateKeys.article(id)) == 0);
        assertEquals(1, cache.entriesShowing(SurrogateKeys.article(unrelatedId)));
    }

    @Test
    void everyWriteIsRecordedInContentChangeInItsOwnTransaction() throws SQLException {
        String slug = TestData.article().draft();
        editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        long id = anonymous().get("/api/v1/articles/" + slug).then().extract().jsonPath().getLong("id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement last = connection.prepareStatement("select surrogate_keys from content_change order by id desc")) {
            var rows = last.executeQuery();
            rows.next();
            assertEquals(true, (" " + rows.getString(1) + " ").contains(" article-" + id + " "), rows.getString(1));
        }
    }

    @Test
    void staffResponsesAreNeitherServedFromNorStoredInMemory() {
        String slug = TestData.article().published();
        String page = "/api/v1/articles/" + slug;
        long id = anonymous().get(page).then().statusCode(200).extract().jsonPath().getLong("id");
        String publicETag = anonymous().get(page).then().statusCode(200).extract().header("ETag");
        long hits = cache.hits();

        String staffETag = editor().get(page).then().statusCode(200).header("Cache-Control", "private, no-store")
                .extract().header("ETag");

        assertNotEquals(publicETag, staffETag);
        assertEquals(hits, cache.hits());
        assertEquals(1, cache.entriesShowing(SurrogateKeys.article(id)));
        String draft = TestData.article().draft();
        editor().get("/api/v1/articles/" + draft).then().statusCode(200);
        editor().get("/api/v1/articles/" + draft).then().statusCode(200);
        assertEquals(hits, cache.hits());
    }

    private static void read(String... paths) {
        for (String path : paths) {
            anonymous().get(path).then().statusCode(200);
        }
    }
}
