package io.gazette.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiResponsesAndErrorsCarryTheSecurityHeaders() {
        for (ValidatableResponse response : new ValidatableResponse[] {
                given().get("/api/v1/tags").then().statusCode(200),
                given().get("/api/v1/articles/no-such-article").then().statusCode(404),
                given().get("/nothing-here").then().statusCode(404),
                given().queryParam("page", "0").get("/api/v1/tags").then().statusCode(400)}) {
            response.header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
        }
    }

    @Test
    void swaggerUiGetsAPolicyItCanRunUnder() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }
}
