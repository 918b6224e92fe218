package io.gazette.comment;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentModerationTest {

    private static Map<String, Object> comment(String body) {
        Map<String, Object> json = new HashMap<>();
        json.put("name", "Reader");
        json.put("email", unique("r") + "@mail.example");
        json.put("body", body);
        return json;
    }

    private static int submit(String article, Map<String, Object> json) {
        return anonymous().body(json).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(202).extract().path("id");
    }

    private static void approve(int id) {
        editor().body(Map.of("status", "approved")).patch("/api/v1/comments/" + id).then().statusCode(200);
    }

    private static String statusOf(String article, int id) {
        List<Map<String, Object>> items = editor().queryParam("article", article).queryParam("size", 100).get("/api/v1/comments")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(c -> ((Integer) c.get("id")) == id).map(c -> (String) c.get("status")).findFirst().orElseThrow();
    }

    @Test
    void capsThreadDepthAtThreeLevels() {
        String article = TestData.article().published();
        int parent = submit(article, comment("level 1"));
        approve(parent);
        Map<String, Object> second = comment("level 2");
        second.put("parentId", parent);
        int level2 = submit(article, second);
        approve(level2);
        Map<String, Object> third = comment("level 3");
        third.put("parentId", level2);
        int level3 = submit(article, third);
        approve(level3);
        Map<String, Object> fourth = comment("level 4");
        fourth.put("parentId", level3);
        anonymous().body(fourth).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        anonymous().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].replyCount", equalTo(2))
                .body("items[0].replies.parentId", equalTo(List.of(parent, level2)));
    }

    @Test
    void rejectsControlCharactersAndTrimsText() {
        String article = TestData.article().published();
        anonymous().body(comment("bell \u0007 here")).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        Map<String, Object> badName = comment("fine");
        badName.put("name", "Two\nlines");
        anonymous().body(badName).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        String rightToLeft = "نظر من درباره‌ی این مقاله\nسطر دوم";
        approve(submit(article, comment("   " + rightToLeft + "  \n")));
        anonymous().get("/api/v1/articles/" + article + "/comments").then().body("items[0].body", equalTo(rightToLeft));
    }

    @Test
    void honeypotLinksAndBlockedWordsAreKeptAsSpamSilently() {
        String article = TestData.article().published();
        Map<String, Object> bot = comment("Nice article");
        bot.put("website", "http://bot.example");
        int honeypot = anonymous().body(bot).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(202).body("status", equalTo("pending")).extract().path("id");
        int links = submit(article, comment("see http://a.example and https://b.example and www.c.example"));
        int blocked = submit(article, comment("Best CASINO bonus"));
        int blockedArabic = submit(article, comment("افضل كازينو"));
        int fine = submit(article, comment("One link is fine: https://example.org"));
        org.junit.jupiter.api.Assertions.assertEquals("spam", statusOf(article, honeypot));
        org.junit.jupiter.api.Assertions.assertEquals("spam", statusOf(article, links));
        org.junit.jupiter.api.Assertions.assertEquals("spam", statusOf(article, blocked));
        org.junit.jupiter.api.Assertions.assertEquals("spam", statusOf(article, blockedArabic));
        org.junit.jupiter.api.Assertions.assertEquals("pending", statusOf(article, fine));
    }

    @Test
    void sameBodyFromSameEmailSoonIsConflict() {
        String article = TestData.article().published();
        Map<String, Object> first = comment("Exactly this");
        submit(article, first);
        anonymous().body(first).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(409).contentType("application/problem+json");
        Map<String, Object> sameButUppercaseEmail = new HashMap<>(first);
        sameButUppercaseEmail.put("email", ((String) first.get("email")).toUpperCase());
        anonymous().body(sameButUppercaseEmail).post("/api/v1/articles/" + article + "/comments").then().statusCode(409);
        Map<String, Object> otherBody = new HashMap<>(first);
        otherBody.put("body", "Something else");
        submit(article, otherBody);
    }

    @Test
    void bulkModerationIsAllOrNothingAndRecordsTheEditor() {
        String article = TestData.article().published();
        int a = submit(article, comment("a"));
        int b = submit(article, comment("b"));
        editor().body(Map.of("ids", List.of(a, b, 999_999_999), "status", "approved")).patch("/api/v1/comments")
                .then().statusCode(404).body("detail", containsString("999999999"));
        org.junit.jupiter.api.Assertions.assertEquals("pending", statusOf(article, a));
        editor().body(Map.of("ids", List.of(a, b), "status", "approved")).patch("/api/v1/comments")
                .then().statusCode(200)
                .body("status", everyItem(equalTo("approved")))
                .body("moderatedBy", everyItem(equalTo("admin")));
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(2));
        editor().body(Map.of("ids", List.of(a), "status", "spam")).patch("/api/v1/comments").then().statusCode(200);
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(1));
        editor().body(Map.of("ids", List.of(), "status", "spam")).patch("/api/v1/comments")
                .then().statusCode(400).body("errors[0].field", equalTo("ids"));
        anonymous().body(Map.of("ids", List.of(a), "status", "approved")).patch("/api/v1/comments").then().statusCode(401);
    }

    @Test
    void staffRepliesAreApprovedAndMarked() {
        String article = TestData.article().published();
        int question = submit(article, comment("Where is the source?"));
        editor().body(Map.of("body", "Linked now.")).post("/api/v1/comments/" + question + "/replies")
                .then().statusCode(409);
        approve(question);
        editor().body(Map.of("body", "Linked now.", "name", "The editors")).post("/api/v1/comments/" + question + "/replies")
                .then().statusCode(201).body("staff", equalTo(true)).body("status", equalTo("approved"));
        anonymous().get("/api/v1/articles/" + article + "/comments")
                .then().body("items[0].replies[0].staff", equalTo(true))
                .body("items[0].replies[0].name", equalTo("The editors"));
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(2));
        anonymous().body(Map.of("body", "x")).post("/api/v1/comments/" + question + "/replies").then().statusCode(401);
    }

    @Test
    void editorsCloseAndReopenComments() {
        String article = TestData.article().published();
        anonymous().get("/api/v1/articles/" + article + "/comments/state").then().statusCode(200).body("open", equalTo(true));
        editor().post("/api/v1/articles/" + article + "/comments/close").then().statusCode(200).body("open", equalTo(false));
        anonymous().body(comment("Too late")).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(409).contentType("application/problem+json");
        editor().post("/api/v1/articles/" + article + "/comments/reopen").then().statusCode(200).body("open", equalTo(true));
        submit(article, comment("Open again"));
        anonymous().post("/api/v1/articles/" + article + "/comments/close").then().statusCode(401);
    }

    @Test
    void queueFiltersByDate() {
        String article = TestData.article().published();
        int id = submit(article, comment("dated"));
        editor().queryParam("article", article).queryParam("createdAfter", "2000-01-01").get("/api/v1/comments")
                .then().statusCode(200).body("items.id", hasItem(id));
        editor().queryParam("article", article).queryParam("createdAfter", "2999-01-01").get("/api/v1/comments")
                .then().statusCode(200).body("items.size()", equalTo(0));
        editor().queryParam("createdBefore", "soon").get("/api/v1/comments")
                .then().statusCode(400).body("errors[0].field", equalTo("createdBefore"));
    }

    @Test
    void spamNeverReachesReaders() {
        String article = TestData.article().published();
        submit(article, comment("casino casino"));
        anonymous().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200).body("items.size()", equalTo(0)).body(not(containsString("casino")));
    }
}
