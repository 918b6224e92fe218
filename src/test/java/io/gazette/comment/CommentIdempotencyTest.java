package io.gazette.comment;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentIdempotencyTest {

    private static Response post(String article, String key, Map<String, Object> body) {
        return anonymous().header("Idempotency-Key", key).body(body).post("/api/v1/articles/" + article + "/comments");
    }

    private static int storedOn(String article) {
        return editor().queryParam("article", article).get("/api/v1/comments").then().statusCode(200).extract().path("meta.totalItems");
    }

    @Test
    void sameKeyAndBodyReturnsTheFirstAnswer() {
        String article = TestData.article().published();
        String key = unique("key");
        Map<String, Object> body = Map.of("name", "Reader", "email", unique("i") + "@mail.example", "body", "Once");
        int first = post(article, key, body).then().statusCode(202).extract().path("id");
        post(article, key, body).then().statusCode(202)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(1, storedOn(article));
    }

    @Test
    void aReplayCarriesTheRateLimitHeadersOfTheFirstAnswer() {
        String article = TestData.article().published();
        String key = unique("key");
        Map<String, Object> body = Map.of("name", "Reader", "email", unique("r") + "@mail.example", "body", "Counted once");
        Response first = post(article, key, body);
        first.then().statusCode(202).header("RateLimit-Limit", notNullValue()).header("RateLimit-Remaining", notNullValue())
                .header("RateLimit-Reset", notNullValue());
        post(article, key, body).then().statusCode(202)
                .header("Idempotent-Replayed", "true")
                .header("RateLimit-Limit", first.header("RateLimit-Limit"))
                .header("RateLimit-Remaining", first.header("RateLimit-Remaining"))
                .header("RateLimit-Reset", first.header("RateLimit-Reset"));
    }

    @Test
    void sameKeyWithAnotherBodyIsConflict() {
        String article = TestData.article().published();
        String key = unique("key");
        String email = unique("i") + "@mail.example";
        post(article, key, Map.of("name", "Reader", "email", email, "body", "First")).then().statusCode(202);
        post(article, key, Map.of("name", "Reader", "email", email, "body", "Second"))
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, storedOn(article));
    }

    @Test
    void fiftyParallelPostsWithOneKeyStoreOneComment() throws Exception {
        String article = TestData.article().published();
        String key = unique("key");
        Map<String, Object> body = Map.of("name", "Reader", "email", unique("p") + "@mail.example", "body", "Parallel");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Response>> responses = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                responses.add(pool.submit(() -> post(article, key, body)));
            }
            Set<Integer> ids = new HashSet<>();
            for (Future<Response> response : responses) {
                Response r = response.get();
                assertEquals(202, r.statusCode(), r.asString());
                ids.add(r.path("id"));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, storedOn(article));
    }

    @Test
    void concurrentSubmissionsWithOneKeyAnswerTheReceiptOrRetryLater() throws Exception {
        String article = TestData.article().published();
        String key = unique("race");
        Map<String, Object> body = Map.of("name", "Reader", "email", unique("r") + "@mail.example", "body", "Raced");
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(article, key, body);
                }));
            }
            start.countDown();
            int created = 0;
            Set<Integer> ids = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response r = answer.get();
                if (r.statusCode() == 202) {
                    created += r.header("Idempotent-Replayed") == null ? 1 : 0;
                    ids.add(r.path("id"));
                    assertEquals("pending", r.path("status"), r.asString());
                } else {
                    // The first request is still running (H2 gave up waiting for its row): retry, never a 500.
                    assertEquals(409, r.statusCode(), r.asString());
                    assertEquals("application/problem+json", r.contentType());
                    assertEquals("1", r.header("Retry-After"));
                }
            }
            assertEquals(1, created, "exactly one request created the comment");
            assertEquals(1, ids.size(), "every receipt names the one comment");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, storedOn(article));
    }

    @Test
    void aSpamCommentReplaysLikeAnyOther() {
        String article = TestData.article().published();
        String key = unique("spam");
        Map<String, Object> body = Map.of("name", "Reader", "email", unique("s") + "@mail.example", "body", "Buy now",
                "website", "https://spam.example");
        Response first = post(article, key, body);
        first.then().statusCode(202).header("Idempotent-Replayed", nullValue()).body("status", equalTo("pending"));
        Response again = post(article, key, body);
        again.then().statusCode(202).header("Idempotent-Replayed", equalTo("true"));
        assertEquals(first.asString(), again.asString());
        editor().queryParam("article", article).queryParam("status", "spam").get("/api/v1/comments")
                .then().statusCode(200).body("meta.totalItems", equalTo(1));
    }

    @Test
    void rejectsOverlongKey() {
        String article = TestData.article().published();
        post(article, "k".repeat(201), Map.of("name", "Reader", "email", unique("i") + "@mail.example", "body", "x"))
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
