package io.gazette.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a browser sees: a preflight (OPTIONS with Origin and Access-Control-Request-*) and then the
 * request itself. Readers' front ends may be anywhere; editors' only at the configured origin
 * (https://editors.example in the test profile).
 */
@QuarkusTest
class CrossOriginTest {

    private static final String FRONT = "https://front.example";
    private static final String EDITORS = "https://editors.example";

    @Test
    void anyOriginMayReadWithoutCredentials() {
        given().header("Origin", FRONT).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-language,if-none-match")
                .options("/api/v1/articles")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Accept-Language"), containsString("If-None-Match")))
                .header("Access-Control-Allow-Headers", not(containsString("Authorization")))
                .header("Access-Control-Max-Age", equalTo("7200"))
                .header("Access-Control-Allow-Credentials", nullValue());

        given().header("Origin", FRONT).get("/api/v1/tags")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Link"),
                        containsString("Location"), containsString("Content-Language"), containsString("RateLimit-Remaining"),
                        containsString("Retry-After")));
    }

    @Test
    void errorsCarryTheHeadersSoTheFrontEndCanReadTheProblem() {
        given().header("Origin", FRONT).get("/api/v1/articles/no-such-article")
                .then().statusCode(404).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void readersMayPostACommentFromAnyOrigin() {
        String article = TestData.article().published();
        given().header("Origin", FRONT).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .options("/api/v1/articles/" + article + "/comments")
                .then().statusCode(204)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Content-Type"), containsString("Idempotency-Key")));
        given().header("Origin", FRONT).contentType("application/json")
                .body(Map.of("name", "Reader", "email", TestData.unique("cors") + "@readers.example", "body", "From another site"))
                .post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(202).header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void otherOriginsMayNotSendCredentials() {
        given().header("Origin", FRONT).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/articles/some-article")
                .then()
                .header("Access-Control-Allow-Methods", not(containsString("PATCH")))
                .header("Access-Control-Allow-Headers", not(containsString("Authorization")));
    }

    @Test
    void editorOriginsMayWriteWithTheirKeys() {
        given().header("Origin", EDITORS).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/articles/some-article")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(EDITORS))
                .header("Access-Control-Allow-Methods", allOf(containsString("PATCH"), containsString("DELETE"), containsString("PUT")))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"), containsString("If-Match")));

        TestData.editor().header("Origin", EDITORS).body(Map.of("name", TestData.unique("Cors tag")))
                .post("/api/v1/tags")
                .then().statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo(EDITORS))
                .header("Access-Control-Expose-Headers", containsString("Location"));
    }

    @Test
    void anEditorOriginsAnonymousReadGetsTheSharedAnswer() {
        given().header("Origin", EDITORS).get("/api/v1/tags")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void requestsWithoutAnOriginGetTheReadersAnswerSoACachedCopyServesBrowsersToo() {
        // a server-side renderer or an app fills the CDN; the browser that gets that copy must be allowed to read it
        given().get("/api/v1/tags").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
    }
}
