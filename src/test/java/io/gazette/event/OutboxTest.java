package io.gazette.event;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.gazette.article.workflow.ArticleSchedule;
import io.gazette.support.MutableClock;
import io.gazette.support.ImportJobClient;
import io.gazette.support.TestData;
import io.gazette.support.WxrFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every public change leaves one outbox_event row, written with the change, in commit order and without gaps. */
@QuarkusTest
class OutboxTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    MutableClock clock;

    @Inject
    ArticleSchedule schedule;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Row(long position, String type, String subjectKind, long subjectId, JsonNode payload, List<String> purgeKeys,
               List<String> resources, Instant occurredAt) {
    }

    @Test
    void anEditorsPublicationCarriesThePublicArticleAndItsPurgeKeys() throws Exception {
        String author = TestData.author();
        String slug = TestData.article().author(author).draft();
        long head = head();
        editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);

        List<Row> rows = after(head);
        Row published = only(rows, "article.published");
        JsonNode publicView = json.readTree(anonymous().get("/api/v1/articles/" + slug).then().statusCode(200).extract().asString());
        assertEquals(publicView, published.payload(), "the payload is the public representation");
        assertTrue(published.purgeKeys().contains("article-" + published.subjectId()), published.purgeKeys().toString());
        long authorId = anonymous().get("/api/v1/authors/" + author).then().extract().jsonPath().getLong("id");
        assertEquals(List.of("article:" + published.subjectId(), "author:" + authorId), published.resources(),
                "the article, and its author, whose article count moved");
    }

    @Test
    void anImportBatchIsOneContentImportedEventCarryingEveryKeyItsWritesPurged() throws Exception {
        String run = TestData.unique("outbox");
        String slug = run + "-germanys-new-defense-policy-guidelines";
        String wordpress = WxrFixture.forRun(run);
        long head = head();
        ImportJobClient.run("?format=wordpress", "application/xml", wordpress.getBytes(StandardCharsets.UTF_8));
        long id = anonymous().get("/api/v1/articles/" + slug).then().statusCode(200).extract().jsonPath().getLong("id");

        Row imported = only(after(head), "content.imported");
        assertEquals(1, after(head).size(), "one event for the batch, none per article or comment count: " + after(head));
        assertEquals(json.readTree("{\"format\":\"wordpress\"}"), imported.payload());
        assertTrue(imported.resources().contains("article:" + id), imported.resources().toString());
        assertTrue(imported.purgeKeys().contains("article-" + id), imported.purgeKeys().toString());

        // the post becomes a draft: the article's own change (a revision, an unpublication) goes into the batch's event
        long again = head();
        ImportJobClient.run("?format=wordpress", "application/xml", wordpress.replace(
                "<wp:post_name><![CDATA[" + slug + "]]></wp:post_name>\n\t\t<wp:status><![CDATA[publish]]>",
                "<wp:post_name><![CDATA[" + slug + "]]></wp:post_name>\n\t\t<wp:status><![CDATA[draft]]>").getBytes(StandardCharsets.UTF_8));
        List<Row> rows = after(again);
        assertEquals(List.of("content.imported"), rows.stream().map(Row::type).toList());
        assertTrue(rows.get(0).resources().contains("article:" + id), rows.get(0).resources().toString());
        assertTrue(rows.get(0).purgeKeys().containsAll(List.of("article-" + id, "comments-" + id, "articles-edited")),
                "the unpublication's keys: " + rows.get(0).purgeKeys());
    }

    @Test
    void unpublishingAndDeletingLeaveTombstonesWithIdAndSlugOnly() throws Exception {
        String slug = TestData.article().published();
        long head = head();
        editor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);
        editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        editor().delete("/api/v1/articles/" + slug).then().statusCode(204);

        List<Row> rows = after(head);
        assertEquals(List.of("article.unpublished", "article.published", "article.deleted"), rows.stream().map(Row::type).toList());
        long id = rows.get(0).subjectId();
        for (Row tombstone : List.of(rows.get(0), rows.get(2))) {
            assertEquals(json.readTree("{\"id\":" + id + ",\"slug\":\"" + slug + "\"}"), tombstone.payload());
            assertEquals(List.of("article:" + id), tombstone.resources());
        }
    }

    @Test
    void theSchedulerAnnouncesWhatItPublishes() throws Exception {
        clock.set(clock.instant().minus(Duration.ofHours(1)));
        Instant publishAt = clock.instant().plus(Duration.ofMinutes(30));
        String slug = TestData.article().draft();
        long head = head();
        editor().body(Map.of("status", "scheduled", "publishAt", publishAt.toString())).post("/api/v1/articles/" + slug + "/status")
                .then().statusCode(200);
        Row scheduled = only(after(head), "article.scheduled");
        assertEquals(slug, scheduled.payload().get("slug").asText());
        assertEquals(publishAt, Instant.parse(scheduled.payload().get("publishAt").asText()));
        assertEquals(List.of(), scheduled.resources(), "nothing public changed yet");

        clock.advance(Duration.ofHours(1));
        schedule.runDue();
        Row published = only(after(head), "article.published");
        assertEquals(slug, published.payload().get("slug").asText());
        assertEquals("published", published.payload().get("status").asText());
        assertTrue(Duration.between(clock.instant(), published.occurredAt()).abs().toNanos() < 1000,
                "occurred_at comes from the application clock");
    }

    @Test
    void commentEventsNeverCarryTheEmail() throws Exception {
        String slug = TestData.article().published();
        long head = head();
        long commentId = anonymous().body(Map.of("name", "Reader", "email", "reader-secret@example.org", "body", "A first comment"))
                .post("/api/v1/articles/" + slug + "/comments").then().statusCode(202).extract().jsonPath().getLong("id");
        editor().body(Map.of("status", "approved")).patch("/api/v1/comments/" + commentId).then().statusCode(200);

        List<Row> rows = after(head);
        assertEquals(List.of("comment.submitted", "comment.approved", "article.updated"), rows.stream().map(Row::type).toList());
        for (Row row : rows) {
            assertFalse(row.payload().toString().contains("reader-secret"), row.payload().toString());
        }
        assertEquals("A first comment", rows.get(0).payload().get("body").asText());
        assertEquals(slug, rows.get(0).payload().get("article").get("slug").asText());
        assertEquals(List.of(), rows.get(0).resources(), "a comment waiting for moderation is not public");
        assertEquals(1, rows.get(2).payload().get("commentCount").asInt(), "the article's count moved");
    }

    @Test
    void authorAndTagChangesAndATagsDeletion() throws Exception {
        String tag = TestData.tag();
        String author = TestData.author();
        long head = head();
        editor().body(Map.of("name", "Renamed author")).patch("/api/v1/authors/" + author).then().statusCode(200);
        editor().body(Map.of("name", "Renamed tag")).patch("/api/v1/tags/" + tag).then().statusCode(200);
        editor().delete("/api/v1/tags/" + tag).then().statusCode(204);

        List<Row> rows = after(head);
        assertEquals(List.of("author.updated", "tag.updated", "tag.updated"), rows.stream().map(Row::type).toList());
        assertEquals("Renamed author", rows.get(0).payload().get("name").asText());
        assertFalse(rows.get(0).payload().has("email"), "an author's email is not public");
        assertEquals("Renamed tag", rows.get(1).payload().get("name").asText());
        assertEquals(json.readTree("{\"id\":" + rows.get(2).subjectId() + ",\"slug\":\"" + tag + "\"}"), rows.get(2).payload());
    }

    /**
     * Writers commit concurrently while a reader polls for rows above the highest position it has seen: positions are
     * gap-free, and no row ever turns up below one already seen (a reader of "position > n" misses nothing).
     */
    @Test
    void positionsFollowCommitOrderWithoutGaps() throws Exception {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tags.add(TestData.tag());
        }
        long head = head();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        Future<List<Long>> reader = pool.submit(() -> {
            List<Long> seen = new ArrayList<>();
            long last = head;
            while (writing.get() || last < head()) {
                for (Row row : after(last)) {
                    assertTrue(row.position() > last, "a row appeared below one already seen");
                    seen.add(row.position());
                    last = row.position();
                }
            }
            return seen;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    editor().body(Map.of("description", "Round " + i + " of writer " + writer))
                            .patch("/api/v1/tags/" + tags.get(writer * 2 + i % 2)).then().statusCode(200);
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        writing.set(false);
        List<Long> seen = reader.get();
        pool.shutdown();
        assertEquals(40, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(head + 1 + i, seen.get(i), "gap-free, in order");
        }
    }

    private static Row only(List<Row> rows, String type) {
        List<Row> matching = rows.stream().filter(row -> row.type().equals(type)).toList();
        assertEquals(1, matching.size(), type + " in " + rows);
        return matching.get(0);
    }

    private long head() throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select last_position from event_position");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<Row> after(long position) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select position, type, subject_kind, subject_id, payload,"
                     + " purge_keys, resources, occurred_at from outbox_event where position > ? order by position")) {
            statement.setLong(1, position);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), json.readTree(row.getString(5)),
                            words(row.getString(6)), words(row.getString(7)), row.getObject(8, java.time.OffsetDateTime.class).toInstant()));
                }
            }
        }
        return rows;
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }
}
