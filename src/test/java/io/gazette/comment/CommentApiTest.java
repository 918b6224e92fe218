package io.gazette.comment;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentApiTest {

    private static Map<String, Object> comment(String email, String body) {
        Map<String, Object> json = new HashMap<>();
        json.put("name", "Reader");
        json.put("email", email);
        json.put("body", body);
        return json;
    }

    private static int submit(String article, Map<String, Object> json) {
        return anonymous().body(json).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(202)
                .extract().path("id");
    }

    private static void moderate(int id, String status) {
        editor().body(Map.of("status", status)).patch("/api/v1/comments/" + id).then().statusCode(200);
    }

    @Test
    void acceptsCommentAsPendingAndHidesItUntilApproved() {
        String article = TestData.article().published();
        String email = unique("reader") + "@mail.example";
        int id = anonymous().body(comment(email, "First!"))
                .post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(202)
                .body("status", equalTo("pending"))
                .body("message", containsString("approves"))
                .body(not(containsString(email)))
                .extract().path("id");

        anonymous().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("meta.totalItems", equalTo(0));

        moderate(id, "approved");

        anonymous().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].body", equalTo("First!"))
                .body(not(containsString(email)));
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(1));
    }

    @Test
    void neverShowsEmailsPublicly() {
        String article = TestData.article().published();
        String email = unique("private") + "@mail.example";
        moderate(submit(article, comment(email, "Mine")), "approved");
        for (String path : List.of("/api/v1/articles/" + article + "/comments", "/api/v1/articles/" + article,
                "/api/v1/articles?size=100")) {
            anonymous().get(path).then().statusCode(200).body(not(containsString(email)));
        }
    }

    @Test
    void namesEveryMissingField() {
        String article = TestData.article().published();
        anonymous().body(Map.of())
                .post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("3 fields are invalid"))
                .body("errors.field", hasItems("name", "email", "body"));
    }

    @Test
    void rejectsMalformedEmailAndOverlongBody() {
        String article = TestData.article().published();
        anonymous().body(comment("not-an-email", "x".repeat(5001)))
                .post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(400)
                .body("errors.field", hasItems("email", "body"));
    }

    @Test
    void keepsBodyExactlyAsGiven() {
        String article = TestData.article().published();
        String body = "<b>not bold</b> — متن فارسی با نیم‌فاصله";
        moderate(submit(article, comment(unique("x") + "@mail.example", body)), "approved");
        anonymous().get("/api/v1/articles/" + article + "/comments").then().body("items[0].body", equalTo(body));
    }

    @Test
    void repliesCarryParentId() {
        String article = TestData.article().published();
        int parent = submit(article, comment(unique("p") + "@mail.example", "Parent"));
        moderate(parent, "approved");
        Map<String, Object> reply = comment(unique("r") + "@mail.example", "Reply");
        reply.put("parentId", parent);
        int child = submit(article, reply);
        moderate(child, "approved");
        anonymous().get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(parent)))
                .body("items[0].replyCount", equalTo(1))
                .body("items[0].replies.id", equalTo(List.of(child)))
                .body("items[0].replies[0].parentId", equalTo(parent));
    }

    @Test
    void rejectsReplyToPendingOrForeignComment() {
        String article = TestData.article().published();
        String other = TestData.article().published();
        int pending = submit(article, comment(unique("p") + "@mail.example", "Pending"));
        int foreign = submit(other, comment(unique("f") + "@mail.example", "Elsewhere"));
        moderate(foreign, "approved");
        for (int parent : new int[] {pending, foreign, 999_999_999}) {
            Map<String, Object> reply = comment(unique("r") + "@mail.example", "Reply");
            reply.put("parentId", parent);
            anonymous().body(reply).post("/api/v1/articles/" + article + "/comments")
                    .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        }
    }

    @Test
    void refusesCommentsOnDraftsAndUnknownArticles() {
        String draft = TestData.article().draft();
        anonymous().body(comment("a@mail.example", "x")).post("/api/v1/articles/" + draft + "/comments").then().statusCode(404);
        anonymous().body(comment("a@mail.example", "x")).post("/api/v1/articles/" + unique("none") + "/comments").then().statusCode(404);
        anonymous().get("/api/v1/articles/" + draft + "/comments").then().statusCode(404);
    }

    @Test
    void moderationQueueShowsEmailAndArticleToEditorsOnly() {
        String article = TestData.article().published();
        String email = unique("queue") + "@mail.example";
        int id = submit(article, comment(email, "Please moderate"));

        editor().queryParam("status", "pending").queryParam("article", article).get("/api/v1/comments")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].email", equalTo(email))
                .body("items[0].article.slug", equalTo(article))
                .body("items[0].article.title", equalTo("Title of " + article))
                .body("items[0].status", equalTo("pending"));
        anonymous().get("/api/v1/comments").then().statusCode(401).contentType("application/problem+json");
        anonymous().body(Map.of("status", "approved")).patch("/api/v1/comments/" + id).then().statusCode(401);
        anonymous().delete("/api/v1/comments/" + id).then().statusCode(401);
    }

    @Test
    void countFollowsEveryTransitionAndDelete() {
        String article = TestData.article().published();
        int first = submit(article, comment(unique("a") + "@mail.example", "One"));
        int second = submit(article, comment(unique("b") + "@mail.example", "Two"));
        moderate(first, "approved");
        moderate(second, "approved");
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(2));
        moderate(second, "spam");
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(1));
        moderate(second, "approved");
        moderate(first, "rejected");
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(1));
        editor().delete("/api/v1/comments/" + second).then().statusCode(204);
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(0));
        anonymous().queryParam("size", 100).get("/api/v1/articles").then().body("items.find { it.slug == '" + article + "' }.commentCount", equalTo(0));
    }

    @Test
    void deletingParentRemovesRepliesAndTheirCount() {
        String article = TestData.article().published();
        int parent = submit(article, comment(unique("p") + "@mail.example", "Parent"));
        moderate(parent, "approved");
        Map<String, Object> reply = comment(unique("r") + "@mail.example", "Reply");
        reply.put("parentId", parent);
        moderate(submit(article, reply), "approved");
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(2));
        editor().delete("/api/v1/comments/" + parent).then().statusCode(204);
        anonymous().get("/api/v1/articles/" + article).then().body("commentCount", equalTo(0));
    }

    @Test
    void rejectsUnknownModerationStatusAndComment() {
        String article = TestData.article().published();
        int id = submit(article, comment(unique("s") + "@mail.example", "Status"));
        editor().body(Map.of("status", "deleted")).patch("/api/v1/comments/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        editor().body(Map.of()).patch("/api/v1/comments/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        editor().body(Map.of("status", "approved")).patch("/api/v1/comments/999999999").then().statusCode(404);
        editor().body(Map.of("status", "approved")).patch("/api/v1/comments/abc").then().statusCode(404);
        editor().queryParam("status", "weird").get("/api/v1/comments").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void listsApprovedCommentsOldestFirstInPages() {
        String article = TestData.article().published();
        int a = submit(article, comment(unique("1") + "@mail.example", "1"));
        int b = submit(article, comment(unique("2") + "@mail.example", "2"));
        int c = submit(article, comment(unique("3") + "@mail.example", "3"));
        moderate(c, "approved");
        moderate(a, "approved");
        moderate(b, "approved");
        anonymous().queryParam("size", 2).get("/api/v1/articles/" + article + "/comments")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(a, b)))
                .body("meta.totalItems", equalTo(3))
                .header("Link", containsString("rel=\"next\""));
        anonymous().queryParam("size", 101).get("/api/v1/articles/" + article + "/comments").then().statusCode(400);
    }

    @Test
    void rejectsUnknownFieldInComment() {
        String article = TestData.article().published();
        Map<String, Object> json = comment("a@mail.example", "x");
        json.put("homepage", "http://spam.example");
        anonymous().body(json).post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(400).body("errors.field", hasItem("homepage"));
    }
}
