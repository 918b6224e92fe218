package io.gazette.transfer;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.gazette.support.ImportJobClient;
import io.gazette.support.TestData;
import io.gazette.support.WxrFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** POST /api/v1/imports and GET /api/v1/imports/{id}: who may, what a bad file gets, what a job reports. */
@QuarkusTest
class ImportJobApiTest {

    private static Response post(String token, String query, String contentType, String body) {
        var request = given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/api/v1/imports" + query);
    }

    private static JsonPath finished(String location) {
        return ImportJobClient.finished(location);
    }

    @Test
    void anAdminImportsAWordPressExportThroughAJob() {
        String run = TestData.unique("job");
        Response accepted = post(TestData.EDITOR_TOKEN, "", "application/xml", WxrFixture.forRun(run));
        accepted.then().statusCode(202).header("Location", containsString("/api/v1/imports/"))
                .body("format", equalTo("wordpress")).body("dryRun", equalTo(false)).body("createdBy", equalTo("admin"));
        JsonPath job = finished(accepted.header("Location"));
        org.junit.jupiter.api.Assertions.assertEquals("succeeded", job.getString("state"), job.prettify());
        org.junit.jupiter.api.Assertions.assertEquals(47, job.getInt("progress.done"));
        org.junit.jupiter.api.Assertions.assertEquals(47, job.getInt("progress.total"));
        org.junit.jupiter.api.Assertions.assertEquals(14, job.getInt("report.counts.article.created"));
        org.junit.jupiter.api.Assertions.assertEquals(7, job.getInt("report.counts.comment.created"));
        org.junit.jupiter.api.Assertions.assertEquals(2, job.getInt("report.tallies.'shortcodes kept as text'"));
        editor().get("/api/v1/articles/" + run + "-germanys-new-defense-policy-guidelines").then().statusCode(200);

        // again: nothing changes, and the report says so
        JsonPath again = finished(post(TestData.EDITOR_TOKEN, "?format=wordpress", "text/xml", WxrFixture.forRun(run))
                .then().statusCode(202).extract().header("Location"));
        org.junit.jupiter.api.Assertions.assertEquals(14, again.getInt("report.counts.article.unchanged"), again.prettify());
        org.junit.jupiter.api.Assertions.assertNull(again.get("report.counts.article.created"));
    }

    @Test
    void aDryRunReportsAndWritesNothing() {
        String run = TestData.unique("job");
        JsonPath job = finished(post(TestData.EDITOR_TOKEN, "?dryRun=true", "application/octet-stream", WxrFixture.forRun(run))
                .then().statusCode(202).body("dryRun", equalTo(true)).extract().header("Location"));
        org.junit.jupiter.api.Assertions.assertEquals(14, job.getInt("report.counts.article.created"), job.prettify());
        editor().get("/api/v1/articles/" + run + "-germanys-new-defense-policy-guidelines").then().statusCode(404);
    }

    @Test
    void aMalformedFileFailsTheJobWithItsLineAndColumnAndWritesNothing() {
        JsonPath job = finished(post(TestData.EDITOR_TOKEN, "?format=wordpress", "application/xml", WxrFixture.text("malformed.xml"))
                .then().statusCode(202).extract().header("Location"));
        org.junit.jupiter.api.Assertions.assertEquals("failed", job.getString("state"));
        org.junit.jupiter.api.Assertions.assertEquals(18, job.getInt("error.line"));
        org.junit.jupiter.api.Assertions.assertTrue(job.getInt("error.column") > 0);
        org.junit.jupiter.api.Assertions.assertTrue(job.getString("error.message").startsWith("Malformed XML at line 18"));
        org.junit.jupiter.api.Assertions.assertNull(job.get("report"));
        editor().get("/api/v1/articles/a-post-that-would-import-fine").then().statusCode(404);

        JsonPath version = finished(post(TestData.EDITOR_TOKEN, "", "application/xml", WxrFixture.text("wxr-1.0.xml"))
                .then().statusCode(202).extract().header("Location"));
        org.junit.jupiter.api.Assertions.assertEquals("failed", version.getString("state"));
        org.junit.jupiter.api.Assertions.assertTrue(version.getString("error.message").startsWith("Unsupported WXR version 1.0"));
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        post(TestData.EDITOR_TOKEN, "", "application/xml", "").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        post(TestData.EDITOR_TOKEN, "?format=joomla", "application/xml", WxrFixture.text("malformed.xml")).then().statusCode(400)
                .body("errors[0].field", equalTo("format")).body("errors[0].message", containsString("wordpress"));
        post(TestData.EDITOR_TOKEN, "", "application/octet-stream", "just some text, no export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        post(TestData.EDITOR_TOKEN, "?dryRun=maybe", "application/xml", WxrFixture.text("malformed.xml")).then().statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
        post(TestData.EDITOR_TOKEN, "", "application/json", "{}").then().statusCode(415);
        // an empty body is a 400 naming it whatever its type, and without one (curl -X POST without --data-binary)
        post(TestData.EDITOR_TOKEN, "?format=wordpress", "application/json", "").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        given().header("Authorization", "Bearer " + TestData.EDITOR_TOKEN).post("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("is empty"));
        editor().get("/api/v1/imports/999999999").then().statusCode(404).contentType("application/problem+json");
        // an id that is not a number is one no import has, as for comments
        editor().get("/api/v1/imports/abc").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No import 'abc'"));
    }

    @Test
    void onlyAdminsImport() {
        String xml = WxrFixture.text("malformed.xml");
        post(null, "", "application/xml", xml).then().statusCode(401).contentType("application/problem+json");
        post("not-a-key", "", "application/xml", xml).then().statusCode(401);
        post(TestData.key("editor"), "", "application/xml", xml).then().statusCode(403).contentType("application/problem+json");
        post(TestData.key("author"), "", "application/xml", xml).then().statusCode(403);
        String location = post(TestData.EDITOR_TOKEN, "", "application/xml", xml).then().statusCode(202).extract().header("Location");
        finished(location);
        given().get(location).then().statusCode(401);
        given().header("Authorization", "Bearer " + TestData.key("editor")).get(location).then().statusCode(403);
    }
}
