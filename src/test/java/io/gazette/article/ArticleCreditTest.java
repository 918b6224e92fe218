package io.gazette.article;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An author's role line for one article (authorRoles), falling back to the author's own. */
@QuarkusTest
class ArticleCreditTest {

    private static final String OWN_ROLE = "Expert on international affairs";
    private static final String REGIONAL = "Expert on regional affairs";

    @Test
    void showsTheArticlesRoleInCardsAndViewsFallingBackToTheAuthorsOwn() {
        String first = TestData.author();
        String second = TestData.author();
        String tag = TestData.tag();
        String slug = TestData.article().author(first).author(second).tag(tag)
                .with("authorRoles", Map.of(first, REGIONAL)).published();
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("authors.slug", equalTo(List.of(first, second)))
                .body("authors.role", equalTo(List.of(REGIONAL, OWN_ROLE)));
        anonymous().queryParam("tag", tag).queryParam("include", "authors.bio").get("/api/v1/articles").then().statusCode(200)
                .body("items[0].authors.role", equalTo(List.of(REGIONAL, OWN_ROLE)))
                .body("items[0].authors[0].bio", equalTo("Writes about " + first));
        editor().get("/api/v1/articles/" + slug).then().statusCode(200)
                .body("authors.role", equalTo(List.of(REGIONAL, OWN_ROLE)))
                .body("authorRoles", equalTo(Map.of(first, REGIONAL)));
        anonymous().get("/api/v1/authors/" + first).then().statusCode(200).body("role", equalTo(OWN_ROLE));
    }

    @Test
    void rejectsRolesForSomeoneNotAmongTheAuthors() {
        String author = TestData.author();
        String stranger = TestData.author();
        editor().body(TestData.article().author(author).with("authorRoles", Map.of(stranger, REGIONAL)).json())
                .post("/api/v1/articles")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("authorRoles." + stranger)));
        String slug = TestData.article().author(author).draft();
        editor().body(Map.of("authorRoles", Map.of(stranger, REGIONAL))).patch("/api/v1/articles/" + slug)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("authorRoles." + stranger)));
        editor().body(Map.of("authors", List.of(stranger), "authorRoles", Map.of(author, REGIONAL))).patch("/api/v1/articles/" + slug)
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("authorRoles." + author)));
    }

    @Test
    void rejectsLongOrControlCharacterRoles() {
        String author = TestData.author();
        String slug = TestData.article().author(author).draft();
        editor().body(Map.of("authorRoles", Map.of(author, "x".repeat(ArticleLimits.AUTHOR_ROLE + 1)))).patch("/api/v1/articles/" + slug)
                .then().statusCode(400)
                .body("errors.field", hasItem("authorRoles." + author));
        editor().body(Map.of("authorRoles", Map.of(author, "Expert\u202E on regional affairs"))).patch("/api/v1/articles/" + slug)
                .then().statusCode(400)
                .body("errors.field", hasItem("authorRoles." + author));
    }

    @Test
    void patchKeepsRolesItLeavesOutAndAnEmptyObjectClearsThem() {
        String first = TestData.author();
        String second = TestData.author();
        String path = "/api/v1/articles/" + TestData.article().author(first).with("authorRoles", Map.of(first, REGIONAL)).draft();
        editor().body(Map.of("title", "Another title")).patch(path).then().statusCode(200)
                .body("authorRoles", equalTo(Map.of(first, REGIONAL)));
        editor().body(Map.of("authors", List.of(second, first))).patch(path).then().statusCode(200)
                .body("authors.role", equalTo(List.of(OWN_ROLE, REGIONAL)))
                .body("authorRoles", equalTo(Map.of(first, REGIONAL)));
        editor().body(Map.of("authorRoles", Map.of(second, "Guest editor", first, " "))).patch(path).then().statusCode(200)
                .body("authors.role", equalTo(List.of("Guest editor", OWN_ROLE)))
                .body("authorRoles", equalTo(Map.of(second, "Guest editor")));
        editor().body(Map.of("authors", List.of(first))).patch(path).then().statusCode(200)
                .body("authorRoles", equalTo(Map.of()));
        editor().body(Map.of("authorRoles", Map.of(first, REGIONAL))).patch(path).then().statusCode(200);
        editor().body(Map.of("authorRoles", Map.of())).patch(path).then().statusCode(200)
                .body("authors.role", equalTo(List.of(OWN_ROLE)))
                .body("authorRoles", equalTo(Map.of()));
    }

    @Test
    void putWithoutRolesDropsThem() {
        String author = TestData.author();
        String path = "/api/v1/articles/" + TestData.article().author(author).with("authorRoles", Map.of(author, REGIONAL)).draft();
        editor().body(Map.of("title", "Replaced", "section", "opinion", "authors", List.of(author))).put(path).then().statusCode(200)
                .body("authors.role", equalTo(List.of(OWN_ROLE)))
                .body("authorRoles", equalTo(Map.of()));
    }
}
