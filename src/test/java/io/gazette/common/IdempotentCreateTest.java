package io.gazette.common;

import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A client may retry any create (after a timeout or a 503) with its Idempotency-Key and get one resource. */
@QuarkusTest
class IdempotentCreateTest {

    @Test
    void aRetriedCreateReturnsTheFirstAnswerAndCreatesNothing() {
        String key = TestData.unique("retry");
        Map<String, String> tag = Map.of("name", TestData.unique("Retried tag"));
        Response first = editor().header("Idempotency-Key", key).body(tag).post("/api/v1/tags");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response again = editor().header("Idempotency-Key", key).body(tag).post("/api/v1/tags");
        again.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id")));
        assertEquals(first.asString(), again.asString());
    }

    @Test
    void everyCreateTakesAKey() {
        String key = TestData.unique("every");
        String author = TestData.unique("Idem Author");
        var article = TestData.article().json();
        for (int attempt = 0; attempt < 2; attempt++) {
            editor().header("Idempotency-Key", key).body(Map.of("name", author)).post("/api/v1/authors").then().statusCode(201);
            editor().header("Idempotency-Key", key).body(article).post("/api/v1/articles").then().statusCode(201);
        }
        String username = TestData.unique("idem");
        for (int attempt = 0; attempt < 2; attempt++) {
            editor().header("Idempotency-Key", key).body(Map.of("username", username, "role", "author"))
                    .post("/api/v1/accounts").then().statusCode(201);
        }
        editor().get("/api/v1/accounts/" + username).then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void aReplayedApiKeyDoesNotRepeatTheSecret() {
        String username = TestData.unique("keys");
        editor().body(Map.of("username", username, "role", "author")).post("/api/v1/accounts").then().statusCode(201);
        String key = TestData.unique("issue");
        Response first = editor().header("Idempotency-Key", key).body(Map.of("label", "laptop"))
                .post("/api/v1/accounts/" + username + "/keys");
        first.then().statusCode(201).body("key", notNullValue());
        editor().header("Idempotency-Key", key).body(Map.of("label", "laptop")).post("/api/v1/accounts/" + username + "/keys")
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first.path("id"))).body("prefix", equalTo(first.path("prefix"))).body("key", nullValue());
        editor().get("/api/v1/accounts/" + username).then().body("keys.size()", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String key = TestData.unique("other");
        editor().header("Idempotency-Key", key).body(Map.of("name", TestData.unique("First"))).post("/api/v1/tags").then().statusCode(201);
        editor().header("Idempotency-Key", key).body(Map.of("name", TestData.unique("Second"))).post("/api/v1/tags")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = TestData.unique("shared");
        String editorKey = TestData.key("editor");
        editor().header("Idempotency-Key", key).body(Map.of("name", TestData.unique("Mine"))).post("/api/v1/tags").then().statusCode(201);
        TestData.as(editorKey).header("Idempotency-Key", key).body(Map.of("name", TestData.unique("Yours"))).post("/api/v1/tags")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aFailedCreateIsNotRemembered() {
        String name = TestData.unique("Taken");
        String slug = editor().body(Map.of("name", name)).post("/api/v1/tags").then().statusCode(201).extract().path("slug");
        String key = TestData.unique("failed");
        editor().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/tags").then().statusCode(409);
        editor().delete("/api/v1/tags/" + slug).then().statusCode(204);
        editor().header("Idempotency-Key", key).body(Map.of("name", name)).post("/api/v1/tags")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void malformedKeysAreRefused() {
        for (String bad : List.of("x".repeat(201), "has space", "tab\there")) {
            editor().header("Idempotency-Key", bad).body(Map.of("name", TestData.unique("Bad key"))).post("/api/v1/tags")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        }
    }

    @Test
    void concurrentRetriesCreateOneResource() throws Exception {
        String key = TestData.unique("race");
        Map<String, String> tag = Map.of("name", TestData.unique("Raced tag"));
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return editor().header("Idempotency-Key", key).body(tag).post("/api/v1/tags");
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                if (response.statusCode() == 201) {
                    created += response.header("Idempotent-Replayed") == null ? 1 : 0;
                } else {
                    // Only "still in progress", never "slug taken": that would mean a second create ran.
                    assertEquals(409, response.statusCode(), response.asString());
                    assertTrue(response.asString().contains("still in progress"), response.asString());
                    assertEquals("1", response.header("Retry-After"));
                }
            }
            assertEquals(1, created, "exactly one request created the tag");
        } finally {
            pool.shutdownNow();
        }
    }
}
