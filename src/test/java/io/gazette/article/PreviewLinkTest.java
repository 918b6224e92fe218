package io.gazette.article;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PreviewLinkTest {

    @Test
    void previewLinkShowsADraftWithoutCredentials() {
        String draft = TestData.article().draft();
        String path = editor().post("/api/v1/articles/" + draft + "/preview-links")
                .then().statusCode(201)
                .body("path", startsWith("/api/v1/previews/"))
                .extract().path("path");
        given().get(path)
                .then().statusCode(200)
                .header("X-Robots-Tag", "noindex")
                .header("Cache-Control", "private, no-store")
                .body("slug", equalTo(draft))
                .body("status", equalTo("draft"));
        given().get("/api/v1/articles/" + draft).then().statusCode(404);
    }

    @Test
    void previewShowsWhatAReaderWillSeeWithoutOwnerOrUnpublishedTranslations() {
        String draft = TestData.article().draft();
        String spanish = TestData.article().with("language", "es").published();
        String persianDraft = TestData.article().with("language", "fa").draft();
        editor().put("/api/v1/articles/" + draft + "/translations/" + spanish).then().statusCode(200);
        editor().put("/api/v1/articles/" + draft + "/translations/" + persianDraft).then().statusCode(200);
        editor().get("/api/v1/articles/" + draft).then().statusCode(200)
                .body("$", hasKey("owner"))
                .body("translations.slug", equalTo(List.of(spanish, persianDraft)));

        given().get(previewPath(draft))
                .then().statusCode(200)
                .body("slug", equalTo(draft))
                .body("status", equalTo("draft"))
                .body("$", not(hasKey("owner")))
                .body("$", not(hasKey("publishAt")))
                .body("$", not(hasKey("unpublishAt")))
                .body("translations.slug", equalTo(List.of(spanish)));
    }

    @Test
    void previewOfAScheduledArticleKeepsItsScheduleToStaff() {
        String slug = TestData.article().draft();
        editor().body(Map.of("status", "scheduled", "publishAt", "2099-03-01T06:00:00Z", "unpublishAt", "2099-03-08T06:00:00Z"))
                .post("/api/v1/articles/" + slug + "/status").then().statusCode(200)
                .body("publishAt", equalTo("2099-03-01T06:00:00Z"))
                .body("unpublishAt", equalTo("2099-03-08T06:00:00Z"));

        given().get(previewPath(slug))
                .then().statusCode(200)
                .body("status", equalTo("scheduled"))
                .body("$", not(hasKey("publishAt")))
                .body("$", not(hasKey("unpublishAt")))
                .body("$", not(hasKey("owner")));
    }

    private static String previewPath(String slug) {
        return editor().post("/api/v1/articles/" + slug + "/preview-links").then().statusCode(201).extract().path("path");
    }

    @Test
    void alteredOrForeignLinksAreNotFound() {
        String draft = TestData.article().draft();
        String token = editor().post("/api/v1/articles/" + draft + "/preview-links").then().statusCode(201).extract().path("token");
        given().get("/api/v1/previews/" + TestData.alterCharacter(token, token.indexOf('.') + 3)).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/previews/" + TestData.alterCharacter(token, token.length() - 1)).then().statusCode(404);
        given().get("/api/v1/previews/" + TestData.alterCharacter(token, 2)).then().statusCode(404);
        given().get("/api/v1/previews/not-a-token").then().statusCode(404);
        editor().delete("/api/v1/articles/" + draft).then().statusCode(204);
        given().get("/api/v1/previews/" + token).then().statusCode(404);
    }

    @Test
    void bodylessEditorActionsNeedNoContentType() {
        String draft = TestData.article().draft();
        io.restassured.specification.RequestSpecification bare = given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN);
        bare.post("/api/v1/articles/" + draft + "/preview-links").then().statusCode(201);
        given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN).post("/api/v1/articles/" + draft + "/publish").then().statusCode(200);
        given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN).post("/api/v1/articles/" + draft + "/comments/close").then().statusCode(200);
        given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN).post("/api/v1/articles/" + draft + "/unpublish").then().statusCode(200);
        given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN).header("If-Match", "*").delete("/api/v1/articles/" + draft).then().statusCode(204);
        given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN).header("If-Match", "*").delete("/api/v1/tags/" + TestData.tag()).then().statusCode(204);
    }

    @Test
    void onlyEditorsMakeLinks() {
        String draft = TestData.article().draft();
        given().post("/api/v1/articles/" + draft + "/preview-links").then().statusCode(401);
        editor().post("/api/v1/articles/" + TestData.unique("none") + "/preview-links").then().statusCode(404);
    }
}
