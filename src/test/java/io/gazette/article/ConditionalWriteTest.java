package io.gazette.article;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.withoutIfMatch;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionalWriteTest {

    @Test
    void staffReadsCarryTheVersionAsETagAndReadersARepresentationHash() {
        String slug = TestData.article().published();
        editor().get("/api/v1/articles/" + slug).then().header("ETag", "\"1\"");
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(200).header("ETag", not(matchesPattern("\"\\d+\"")));
        String author = TestData.author();
        editor().get("/api/v1/authors/" + author).then().header("ETag", "\"0\"");
        anonymous().get("/api/v1/authors/" + author).then().header("ETag", not(matchesPattern("\"\\d+\"")));
        String tag = TestData.tag();
        editor().get("/api/v1/tags/" + tag).then().header("ETag", "\"0\"");
        anonymous().get("/api/v1/tags/" + tag).then().header("ETag", not(matchesPattern("\"\\d+\"")));
    }

    @Test
    void writesWithoutIfMatchAre428AndStaleOnes412() {
        for (String path : List.of("/api/v1/articles/" + TestData.article().draft(), "/api/v1/authors/" + TestData.author(),
                "/api/v1/tags/" + TestData.tag())) {
            String etag = TestData.etag(path);
            withoutIfMatch(TestData.EDITOR_TOKEN).body(Map.of()).patch(path).then().statusCode(428)
                    .contentType("application/problem+json");
            withoutIfMatch(TestData.EDITOR_TOKEN).delete(path).then().statusCode(428);
            withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", "W/" + etag).body(Map.of()).patch(path).then().statusCode(412);
            withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", "\"99\"").delete(path).then().statusCode(412);
            Map<String, String> change = Map.of(path.contains("/articles/") ? "title" : "name", "Changed");
            String next = withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", etag).body(change).patch(path)
                    .then().statusCode(200).extract().header("ETag");
            assertNotEquals(etag, next);
            withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", etag).body(change).patch(path).then().statusCode(412);
            withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", next).delete(path).then().statusCode(204);
        }
        withoutIfMatch(TestData.EDITOR_TOKEN).delete("/api/v1/tags/" + TestData.unique("none")).then().statusCode(404);
    }

    @Test
    void publishAndUnpublishAnswerWithTheNewETagLikeAStatusChange() {
        String path = "/api/v1/articles/" + TestData.article().draft();
        String draft = TestData.etag(path);
        String published = editor().post(path + "/publish").then().statusCode(200).extract().header("ETag");
        assertNotEquals(draft, published);
        assertEquals(TestData.etag(path), published);
        String unpublished = editor().post(path + "/unpublish").then().statusCode(200).extract().header("ETag");
        assertNotEquals(published, unpublished);
        assertEquals(TestData.etag(path), unpublished);
        withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", unpublished).body(Map.of("title", "After unpublishing"))
                .patch(path).then().statusCode(200);
    }

    /** Credits and tags live in link tables; changing only them is a change of the article all the same. */
    @Test
    void changingOnlyRolesAuthorsOrTagsMovesTheETag() {
        String author = TestData.author();
        String path = "/api/v1/articles/" + TestData.article().draft();
        List<Map<String, Object>> changes = List.of(
                Map.of("authors", List.of(author)),
                Map.of("authorRoles", Map.of(author, "Guest writer for this piece")),
                Map.of("tags", List.of(TestData.tag())),
                Map.of("authorRoles", Map.of()));
        for (Map<String, Object> change : changes) {
            String before = TestData.etag(path);
            String after = withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", before).body(change).patch(path)
                    .then().statusCode(200).extract().header("ETag");
            assertNotEquals(before, after, "ETag after " + change);
            assertEquals(TestData.etag(path), after);
            withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", before).body(change).patch(path).then().statusCode(412);
        }
    }

    @Test
    void theSecondOfTwoEditorsWhoReadTheSameVersionGets412() {
        String path = "/api/v1/articles/" + TestData.article().draft();
        String other = TestData.key("editor");
        String etag = TestData.etag(path);
        withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", etag).body(Map.of("title", "First editor")).patch(path).then().statusCode(200);
        withoutIfMatch(other).header("If-Match", etag).body(Map.of("title", "Second editor")).patch(path)
                .then().statusCode(412).contentType("application/problem+json");
        editor().get(path).then().body("title", equalTo("First editor"));
    }

    /** Sent at the same moment with one ETag, exactly one of several writes wins; the others are 412, never a 500. */
    @Test
    void racingEditorsLoseNothingSilently() throws Exception {
        List<String> keys = List.of(TestData.EDITOR_TOKEN, TestData.key("editor"), TestData.key("editor"), TestData.key("admin"));
        for (int round = 0; round < 3; round++) {
            String path = "/api/v1/articles/" + TestData.article().draft();
            String etag = TestData.etag(path);
            ExecutorService pool = Executors.newFixedThreadPool(keys.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String key : keys) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return withoutIfMatch(key).header("If-Match", etag).body(Map.of("title", "By " + key.hashCode()))
                            .patch(path).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(keys.size() - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
            editor().get(path).then().header("ETag", "\"1\"");
            editor().get(path + "/revisions").then().body("meta.totalItems", equalTo(2));
        }
    }
}
