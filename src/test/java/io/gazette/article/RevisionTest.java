package io.gazette.article;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevisionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void everyChangeKeepsARevisionAndRestoreBringsItBack() {
        String tag = TestData.tag();
        String slug = TestData.article().tag(tag).draft();
        String path = "/api/v1/articles/" + slug;
        editor().body(Map.of("title", "Second title")).patch(path).then().statusCode(200);
        editor().body(Map.of("body", "<p>Second body</p>", "tags", List.of())).patch(path).then().statusCode(200);
        editor().post(path + "/publish").then().statusCode(200);

        editor().get(path + "/revisions").then().statusCode(200)
                .body("items.number", equalTo(List.of(4, 3, 2, 1)))
                .body("items.action", equalTo(List.of("status", "updated", "updated", "created")))
                .body("items.actor", equalTo(List.of("admin", "admin", "admin", "admin")))
                .body("items[0].changed", equalTo(List.of("status")))
                .body("items[1].changed", equalTo(List.of("body", "tags")))
                .body("items[2].changed", equalTo(List.of("title")))
                .body("items[3].changed", equalTo(List.of()))
                .body("meta.totalItems", equalTo(4));
        editor().queryParam("size", 1).queryParam("page", 4).get(path + "/revisions").then().statusCode(200)
                .body("items.number", equalTo(List.of(1)));
        editor().get(path + "/revisions/1").then().statusCode(200)
                .body("content.title", equalTo("Title of " + slug))
                .body("content.tags", equalTo(List.of(tag)))
                .body("status", equalTo("draft"));

        editor().post(path + "/revisions/1/restore").then().statusCode(200)
                .body("title", equalTo("Title of " + slug))
                .body("body", equalTo("<p>Body of " + slug + "</p>"))
                .body("tags.slug", equalTo(List.of(tag)))
                .body("status", equalTo("published"));
        anonymous().get(path).then().statusCode(200).body("title", equalTo("Title of " + slug));
        editor().get(path + "/revisions").then()
                .body("items[0].number", equalTo(5))
                .body("items[0].action", equalTo("restored 1"))
                .body("items[0].changed", equalTo(List.of("title", "body", "tags")));
    }

    @Test
    void revisionsKeepArticleRolesAndRestoreBringsThemBack() {
        String author = TestData.author();
        String slug = TestData.article().author(author).with("authorRoles", Map.of(author, "Expert on regional affairs")).draft();
        String path = "/api/v1/articles/" + slug;
        editor().body(Map.of("authorRoles", Map.of())).patch(path).then().statusCode(200)
                .body("authors[0].role", equalTo("Expert on international affairs"));
        editor().get(path + "/revisions").then()
                .body("items[0].changed", equalTo(List.of("authorRoles")));
        editor().get(path + "/revisions/1").then().statusCode(200)
                .body("content.authorRoles", equalTo(Map.of(author, "Expert on regional affairs")));
        editor().post(path + "/revisions/1/restore").then().statusCode(200)
                .body("authors[0].role", equalTo("Expert on regional affairs"))
                .body("authorRoles", equalTo(Map.of(author, "Expert on regional affairs")));
    }

    @Test
    void restoreRefusesWhatNoLongerExists() {
        String tag = TestData.tag();
        String slug = TestData.article().tag(tag).draft();
        String path = "/api/v1/articles/" + slug;
        editor().body(Map.of("tags", List.of())).patch(path).then().statusCode(200);
        editor().delete("/api/v1/tags/" + tag).then().statusCode(204);
        editor().post(path + "/revisions/1/restore").then().statusCode(400).body("errors[0].field", equalTo("tags[0]"));
        editor().get(path + "/revisions").then().body("meta.totalItems", equalTo(2));
        editor().post(path + "/revisions/9/restore").then().statusCode(404);
        editor().get(path + "/revisions/9").then().statusCode(404);
        editor().get(path + "/revisions/first").then().statusCode(404);
        editor().get("/api/v1/articles/" + TestData.unique("none") + "/revisions").then().statusCode(404);
        TestData.withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", "\"0\"").post(path + "/revisions/1/restore").then().statusCode(412);
        TestData.withoutIfMatch(TestData.EDITOR_TOKEN).post(path + "/revisions/1/restore").then().statusCode(428);
    }

    /** An article from before revisions existed keeps its old state as a baseline before its first change. */
    @Test
    void articlesWithoutHistoryKeepABaselineBeforeTheirFirstChange() {
        String slug = TestData.article().draft();
        String path = "/api/v1/articles/" + slug;
        long id = ((Number) editor().get(path).path("id")).longValue();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from article_revision where article_id = ?1")
                .setParameter(1, id).executeUpdate());
        editor().get(path + "/revisions").then().body("meta.totalItems", equalTo(0));

        editor().body(Map.of("title", "Changed after the upgrade")).patch(path).then().statusCode(200);
        editor().get(path + "/revisions").then()
                .body("items.action", equalTo(List.of("updated", "baseline")))
                .body("items.actor", equalTo(List.of("admin", "system")));
        editor().post(path + "/revisions/1/restore").then().statusCode(200).body("title", equalTo("Title of " + slug));
    }

    @Test
    void revisionsAreForStaffOnly() {
        String slug = TestData.article().published();
        anonymous().get("/api/v1/articles/" + slug + "/revisions").then().statusCode(401);
        anonymous().get("/api/v1/articles/" + slug + "/revisions/1").then().statusCode(401);
        TestData.as(TestData.key("author")).post("/api/v1/articles/" + slug + "/revisions/1/restore").then().statusCode(403);
    }
}
