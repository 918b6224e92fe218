package io.gazette.common;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorHandlingTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsBadRequestProblem() {
        editor().body("{\"name\": ").post("/api/v1/tags")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://gazette.dev/problems/malformed-body"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        editor().body("{\"name\": {\"nested\": true}}").post("/api/v1/tags")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void nonObjectBodyIsBadRequest() {
        editor().body("[1,2]").post("/api/v1/tags").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missingBodyIsBadRequest() {
        editor().post("/api/v1/tags").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownRouteIsNotFoundProblem() {
        anonymous().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM)
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void unsupportedMethodIsMethodNotAllowedProblem() {
        editor().body("{}").put("/api/v1/tags").then().statusCode(405).contentType(PROBLEM);
        anonymous().delete("/api/v1/articles").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaTypeProblem() {
        given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN)
                .contentType(ContentType.TEXT).body("name=x")
                .post("/api/v1/tags")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void oversizedBodyIsPayloadTooLargeProblem() {
        String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
        editor().body(huge).post("/api/v1/tags").then().statusCode(413).contentType(PROBLEM)
                .body("status", equalTo(413));
    }

    @Test
    void wrongTokenIsRejectedEvenOnPublicReads() {
        given().header("Authorization", "Bearer wrong").get("/api/v1/articles")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/tags")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unacceptableMediaTypeIsProblem() {
        given().accept("application/xml").get("/api/v1/tags").then().statusCode(406);
    }
}
