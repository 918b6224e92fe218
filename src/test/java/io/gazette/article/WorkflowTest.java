package io.gazette.article;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.as;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.article.workflow.ArticleSchedule;
import io.gazette.support.MutableClock;
import io.gazette.support.TestData;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkflowTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);

    @Inject
    ArticleSchedule schedule;

    @Inject
    MutableClock clock;

    @Inject
    Scheduler scheduler;

    @Inject
    EntityManager entityManager;

    private String authorKey;
    private String authorName;

    @BeforeEach
    void author() {
        authorKey = TestData.key("author");
        authorName = as(authorKey).get("/api/v1/me").path("username");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Stops the clock an hour back. A schedule set half an hour ahead of it is then reached by moving the clock
     * an hour on, back to the present, so nothing the test writes is dated in the future for the tests after it.
     */
    private Instant halfAnHourAheadOfAnHourAgo() {
        clock.set(clock.instant().minus(AN_HOUR));
        return clock.instant().plus(AN_HOUR.dividedBy(2));
    }

    @Test
    void authorsDraftAndSubmitTheirOwnArticlesButCannotPublish() {
        String slug = TestData.article().draftAs(authorKey);
        editor().get("/api/v1/articles/" + slug).then().body("owner", equalTo(authorName)).body("status", equalTo("draft"));
        as(authorKey).body(Map.of("title", "Revised by its author")).patch("/api/v1/articles/" + slug).then().statusCode(200);
        status(authorKey, slug, Map.of("status", "in_review")).then().statusCode(200).body("status", equalTo("in_review"));
        status(authorKey, slug, Map.of("status", "published")).then().statusCode(403).contentType("application/problem+json");
        as(authorKey).post("/api/v1/articles/" + slug + "/publish").then().statusCode(403);

        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "published")).then().statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", notNullValue());
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(200);
        as(authorKey).body(Map.of("title", "After publication")).patch("/api/v1/articles/" + slug).then().statusCode(403);
    }

    @Test
    void authorsCannotTouchOtherPeoplesArticles() {
        String editors = TestData.article().draft();
        String colleagues = TestData.article().draftAs(TestData.key("author"));
        for (String slug : List.of(editors, colleagues)) {
            as(authorKey).body(Map.of("title", "Not mine")).patch("/api/v1/articles/" + slug).then().statusCode(403);
            as(authorKey).body(TestData.article().with("slug", slug).json()).put("/api/v1/articles/" + slug).then().statusCode(403);
            status(authorKey, slug, Map.of("status", "in_review")).then().statusCode(403);
        }
        as(authorKey).delete("/api/v1/articles/" + editors).then().statusCode(403);
        editor().get("/api/v1/articles/" + colleagues).then().body("title", equalTo("Title of " + colleagues));
    }

    @Test
    void illegalMovesAreConflictsNamingBothStates() {
        String slug = TestData.article().draft();
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "unpublished")).then().statusCode(409)
                .body("detail", allOf(containsString("draft"), containsString("unpublished")));
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "archived")).then().statusCode(200);
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "published")).then().statusCode(409)
                .body("detail", allOf(containsString("archived"), containsString("published")));
        editor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(409);
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "draft")).then().statusCode(200);
        editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(409);
    }

    @Test
    void aPublishedArticleGetsAnEmbargoEndAndAScheduleCanMove() {
        String slug = TestData.article().published();
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "published", "unpublishAt", "2099-01-01T06:00:00Z")).then().statusCode(200)
                .body("status", equalTo("published")).body("unpublishAt", equalTo("2099-01-01T06:00:00Z"));
        editor().get("/api/v1/articles/" + slug + "/revisions").then()
                .body("items[0].changed", equalTo(List.of("unpublishAt")))
                .body("items[0].unpublishAt", equalTo("2099-01-01T06:00:00Z"));
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "published")).then().statusCode(200).body("unpublishAt", nullValue());
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(200);

        String scheduled = TestData.article().draft();
        status(TestData.EDITOR_TOKEN, scheduled, Map.of("status", "scheduled", "publishAt", "2099-01-01T06:00:00Z")).then().statusCode(200);
        status(TestData.EDITOR_TOKEN, scheduled, Map.of("status", "scheduled", "publishAt", "2099-02-01T06:00:00Z")).then().statusCode(200)
                .body("publishAt", equalTo("2099-02-01T06:00:00Z"));
        editor().get("/api/v1/articles/" + scheduled + "/revisions").then().body("items[0].changed", equalTo(List.of("publishAt")));
        status(TestData.EDITOR_TOKEN, scheduled, Map.of("status", "draft")).then().statusCode(200).body("publishAt", nullValue());
        status(TestData.EDITOR_TOKEN, scheduled, Map.of("status", "draft")).then().statusCode(409);
    }

    @Test
    void badScheduleTimesAreNamed() {
        String slug = TestData.article().draft();
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "scheduled")).then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "scheduled", "publishAt", "2020-01-01T00:00:00Z")).then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "in_review", "publishAt", "2099-01-01T00:00:00Z")).then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "scheduled", "publishAt", "2099-01-02T00:00:00Z",
                "unpublishAt", "2099-01-01T00:00:00Z")).then().statusCode(400).body("errors[0].field", equalTo("unpublishAt"));
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "scheduled", "publishAt", "tomorrow")).then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "gone")).then().statusCode(400).body("errors[0].field", equalTo("status"));
        editor().get("/api/v1/articles/" + slug).then().body("status", equalTo("draft"));
    }

    @Test
    void theScheduleJobIsRegistered() {
        org.junit.jupiter.api.Assertions.assertNotNull(scheduler.getScheduledJob("article-schedule"));
    }

    /** Two schedule runs at once (as on two instances sharing a database) publish each due article exactly once. */
    @Test
    void twoConcurrentRunsPublishEachArticleOnce() throws Exception {
        Instant publishAt = halfAnHourAheadOfAnHourAgo();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String slug = TestData.article().draft();
            status(TestData.EDITOR_TOKEN, slug, Map.of("status", "scheduled", "publishAt", publishAt.toString())).then().statusCode(200)
                    .body("publishAt", notNullValue());
            slugs.add(slug);
        }
        anonymous().get("/api/v1/articles/" + slugs.get(0)).then().statusCode(404);
        clock.advance(AN_HOUR);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return schedule.runDue();
            }));
        }
        start.countDown();
        int published = 0;
        for (Future<Integer> run : runs) {
            try {
                published += run.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // A run that lost a race on a version check rolls back; what matters is the outcome below.
            }
        }
        pool.shutdown();
        assertEquals(12, published + schedule.runDue(), "each due article is published by exactly one run");
        for (String slug : slugs) {
            anonymous().get("/api/v1/articles/" + slug).then().statusCode(200).body("publishedAt", notNullValue());
            List<String> actions = editor().get("/api/v1/articles/" + slug + "/revisions").path("items.action");
            assertEquals(1, actions.stream().filter("scheduled published"::equals).count(), slug + ": " + actions);
        }
        assertEquals(0, schedule.runDue());
    }

    /**
     * While one run (another instance) holds the locks on due articles, a second run skips them instead
     * of publishing them too or waiting; once the first lets go, they are published once.
     */
    @Test
    void aRunSkipsArticlesAnotherRunHasLocked() throws Exception {
        Instant publishAt = halfAnHourAheadOfAnHourAgo();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String slug = TestData.article().draft();
            status(TestData.EDITOR_TOKEN, slug, Map.of("status", "scheduled", "publishAt", publishAt.toString(),
                    "unpublishAt", "2099-01-01T00:00:00Z")).then().statusCode(200);
            slugs.add(slug);
        }
        clock.advance(AN_HOUR);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherInstance = Executors.newSingleThreadExecutor();
        Future<Integer> holder = otherInstance.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            int rows = entityManager.createNativeQuery("select id from article where status = 'SCHEDULED' and publish_at <= ?1 for update")
                    .setParameter(1, clock.instant()).getResultList().size();
            locked.countDown();
            release.await();
            return rows;
        }));
        locked.await();
        try {
            assertEquals(0, schedule.runDue(), "locked articles are skipped, not published twice or waited for");
            anonymous().get("/api/v1/articles/" + slugs.get(0)).then().statusCode(404);
        } finally {
            release.countDown();
        }
        int lockedByTheOther = holder.get();
        otherInstance.shutdown();
        org.junit.jupiter.api.Assertions.assertTrue(lockedByTheOther >= 3);
        assertEquals(lockedByTheOther, schedule.runDue());
        for (String slug : slugs) {
            anonymous().get("/api/v1/articles/" + slug).then().statusCode(200);
            editor().get("/api/v1/articles/" + slug).then().body("publishAt", nullValue())
                    .body("unpublishAt", equalTo("2099-01-01T00:00:00Z"));
        }
    }

    @Test
    void unpublishAtTakesAnArticleDownAndKeepsPublishedAt() {
        Instant unpublishAt = halfAnHourAheadOfAnHourAgo();
        String slug = TestData.article().published();
        String publishedAt = anonymous().get("/api/v1/articles/" + slug).path("publishedAt");
        editor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);
        status(TestData.EDITOR_TOKEN, slug, Map.of("status", "published", "unpublishAt", unpublishAt.toString())).then().statusCode(200)
                .body("unpublishAt", notNullValue());
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(200).body("unpublishAt", nullValue());
        clock.advance(AN_HOUR);
        schedule.runDue();
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(404);
        editor().get("/api/v1/articles/" + slug).then().body("status", equalTo("unpublished"))
                .body("publishedAt", equalTo(publishedAt)).body("unpublishAt", nullValue());
    }

    private static io.restassured.response.Response status(String token, String slug, Map<String, ?> change) {
        return as(token).body(change).post("/api/v1/articles/" + slug + "/status");
    }
}
