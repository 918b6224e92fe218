package io.gazette.article;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;

import io.gazette.support.TestData;
import io.gazette.support.TightCommentRulesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TightCommentRulesProfile.class)
class PreviewExpiryTest {

    @Test
    void expiredPreviewLinkIsNotFound() throws InterruptedException {
        String draft = TestData.article().draft();
        String path = editor().post("/api/v1/articles/" + draft + "/preview-links").then().statusCode(201).extract().path("path");
        Thread.sleep(2100);
        given().get(path).then().statusCode(404).contentType("application/problem+json");
    }
}
