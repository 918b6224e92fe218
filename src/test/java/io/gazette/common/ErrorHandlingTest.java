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

    @Test
    void aWrongMethodOnAKnownPathIsA405NamingTheAllowedOnes() {
        String article = TestData.article().published();
        anonymous().post("/api/v1/articles/" + article + "/comments/state")
                .then().statusCode(405).contentType(PROBLEM).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        editor().body("{}").delete("/api/v1/articles/" + article + "/comments")
                .then().statusCode(405).contentType(PROBLEM).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        anonymous().delete("/api/v1/languages")
                .then().statusCode(405).contentType(PROBLEM).header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void optionsAnswersTheMethodsOfThatPathOnly() {
        anonymous().options("/api/v1/articles/some-article/related").then().statusCode(204).header("Allow", equalTo("GET, HEAD, OPTIONS"));
        anonymous().options("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void singleLineTextRefusesLineSeparatorsAndByteOrderMarks() {
        for (String name : new String[] {"a\u2028b", "\uFEFFbom", "evil\u202Egnp.exe", "a\u0000b"}) {
            editor().body(java.util.Map.of("name", name)).post("/api/v1/tags")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("name"));
        }
    }

    @Test
    void aListElementIsNamedByItsIndex() {
        editor().body(TestData.article().author(" ").json()).post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(java.util.List.of("authors[0]")));
    }

    @Test
    void controlCharactersInPathsAndQueriesAreRefusedByName() {
        anonymous().urlEncodingEnabled(false).get("/api/v1/articles/a%00b")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("slug"));
        anonymous().urlEncodingEnabled(false).get("/api/v1/articles?q=a%00b")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("q"));
    }

    @Test
    void uriTooLongAndChunkedBodiesAreProblems() throws Exception {
        anonymous().queryParam("q", "x".repeat(9000)).get("/api/v1/articles").then().statusCode(414).contentType(PROBLEM);
        // A body of unknown length goes out chunked.
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/tags"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestData.EDITOR_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("{\"name\": \"chunked\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(chunked, java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(411, response.statusCode(), response.body());
        org.junit.jupiter.api.Assertions.assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
    }
}
