package io.gazette.tag;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagApiTest {

    @Test
    void createsTagAndReadsItPublicly() {
        String slug = unique("geo");
        editor().body(Map.of("slug", slug, "name", "Geo economics", "description", "Trade and power"))
                .post("/api/v1/tags")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/tags/" + slug))
                .body("slug", equalTo(slug))
                .body("articleCount", equalTo(0));

        anonymous().get("/api/v1/tags/" + slug)
                .then().statusCode(200)
                .body("name", equalTo("Geo economics"))
                .body("description", equalTo("Trade and power"));
    }

    @Test
    void makesSlugFromSpanishName() {
        String suffix = unique("x");
        editor().body(Map.of("name", "Últimas publicaciones " + suffix))
                .post("/api/v1/tags")
                .then().statusCode(201)
                .body("slug", equalTo("ultimas-publicaciones-" + suffix));
    }

    @Test
    void countsOnlyPublishedArticles() {
        String tag = TestData.tag();
        TestData.article().tag(tag).published();
        TestData.article().tag(tag).draft();

        anonymous().get("/api/v1/tags/" + tag).then().statusCode(200).body("articleCount", equalTo(1));
    }

    @Test
    void listsTagsAsPagedEnvelopeWithLinks() {
        TestData.tag();
        anonymous().queryParam("size", 1).get("/api/v1/tags")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("meta.page", equalTo(1))
                .body("meta.size", equalTo(1))
                .body("meta.totalItems", notNullValue())
                .body("items.size()", equalTo(1));
    }

    @Test
    void rejectsDuplicateSlugWithConflict() {
        String slug = TestData.tag();
        editor().body(Map.of("slug", slug, "name", "Again"))
                .post("/api/v1/tags")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void rejectsTagWithoutNameNamingTheField() {
        editor().body(Map.of("slug", unique("noname")))
                .post("/api/v1/tags")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"));
    }

    @Test
    void rejectsWritesWithoutToken() {
        anonymous().body(Map.of("name", "Anonymous tag"))
                .post("/api/v1/tags")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void rejectsWritesWithWrongToken() {
        anonymous().header("Authorization", "Bearer not-the-token").body(Map.of("name", "Wrong token tag"))
                .post("/api/v1/tags")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void patchesOnlyGivenFields() {
        String slug = TestData.tag();
        editor().body(Map.of("name", "Renamed"))
                .patch("/api/v1/tags/" + slug)
                .then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("description", equalTo("About " + slug));
    }

    @Test
    void acceptsMergePatchMediaType() {
        String slug = TestData.tag();
        editor().contentType("application/merge-patch+json").body("{\"description\": \"Merged\"}")
                .patch("/api/v1/tags/" + slug)
                .then().statusCode(200)
                .body("description", equalTo("Merged"));
    }

    @Test
    void replacesAndDeletesTag() {
        String slug = TestData.tag();
        editor().body(Map.of("name", "Replaced"))
                .put("/api/v1/tags/" + slug)
                .then().statusCode(200)
                .body("name", equalTo("Replaced"))
                .body("description", equalTo(null));
        editor().delete("/api/v1/tags/" + slug).then().statusCode(204);
        anonymous().get("/api/v1/tags/" + slug).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answersUnknownTagWithNotFoundProblem() {
        anonymous().get("/api/v1/tags/" + unique("missing"))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gazette.dev/problems/not-found"));
    }

    @Test
    void rejectsOversizedPage() {
        anonymous().queryParam("size", 101).get("/api/v1/tags")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
