package io.gazette.author;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorApiTest {

    @Test
    void createsAuthorWithRoleLine() {
        String slug = unique("writer");
        editor().body(Map.of("slug", slug, "name", "Hamid Khoshayand", "role", "Expert on international affairs",
                        "email", slug + "@example.org"))
                .post("/api/v1/authors")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/authors/" + slug))
                .body("role", equalTo("Expert on international affairs"))
                .body("email", equalTo(slug + "@example.org"));
    }

    @Test
    void hidesEmailFromReaders() {
        String slug = TestData.author();
        anonymous().get("/api/v1/authors/" + slug)
                .then().statusCode(200)
                .body("name", equalTo("Author " + slug))
                .body("$", not(org.hamcrest.Matchers.hasKey("email")))
                .body(not(containsString("@authors.example")));
        anonymous().queryParam("size", 100).get("/api/v1/authors")
                .then().statusCode(200)
                .body(not(containsString("@authors.example")));
    }

    @Test
    void showsEmailToEditors() {
        String slug = TestData.author();
        editor().get("/api/v1/authors/" + slug)
                .then().statusCode(200)
                .body("email", equalTo(slug + "@authors.example"));
    }

    @Test
    void countsPublishedArticlesOnly() {
        String slug = TestData.author();
        TestData.article().author(slug).published();
        TestData.article().author(slug).published();
        TestData.article().author(slug).draft();
        anonymous().get("/api/v1/authors/" + slug).then().statusCode(200).body("articleCount", equalTo(2));
    }

    @Test
    void refusesToDeleteCreditedAuthor() {
        String slug = TestData.author();
        TestData.article().author(slug).draft();
        editor().delete("/api/v1/authors/" + slug)
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void deletesUncreditedAuthor() {
        String slug = TestData.author();
        editor().delete("/api/v1/authors/" + slug).then().statusCode(204);
        anonymous().get("/api/v1/authors/" + slug).then().statusCode(404);
    }

    @Test
    void rejectsBadEmailAndAvatarNamingBothFields() {
        editor().body(Map.of("name", "Bad Fields", "email", "not-an-email", "avatarUrl", "javascript:alert(1)"))
                .post("/api/v1/authors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("email", "avatarUrl"));
    }

    @Test
    void rejectsUppercaseSlug() {
        editor().body(Map.of("slug", "Bad-Slug", "name", "Bad Slug"))
                .post("/api/v1/authors")
                .then().statusCode(400)
                .body("errors.field", hasItem("slug"));
    }

    @Test
    void patchesRoleAndClearsBio() {
        String slug = TestData.author();
        editor().body(Map.of("role", "Expert on regional affairs", "bio", ""))
                .patch("/api/v1/authors/" + slug)
                .then().statusCode(200)
                .body("role", equalTo("Expert on regional affairs"))
                .body("bio", nullValue())
                .body("name", equalTo("Author " + slug));
    }

    @Test
    void rejectsDuplicateSlugOnRename() {
        String first = TestData.author();
        String second = TestData.author();
        editor().body(Map.of("slug", first)).patch("/api/v1/authors/" + second).then().statusCode(409);
    }

    @Test
    void answersUnknownAuthorWithNotFoundProblem() {
        anonymous().get("/api/v1/authors/" + unique("nobody"))
                .then().statusCode(404).contentType("application/problem+json");
        editor().body(Map.of("name", "X")).put("/api/v1/authors/" + unique("nobody"))
                .then().statusCode(404).contentType("application/problem+json");
    }
}
