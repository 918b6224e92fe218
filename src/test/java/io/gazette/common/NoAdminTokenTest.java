package io.gazette.common;

import static io.restassured.RestAssured.given;

import io.gazette.support.NoAdminTokenProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(NoAdminTokenProfile.class)
class NoAdminTokenTest {

    @Test
    void refusesEveryTokenWhenNoneIsConfigured() {
        for (String token : new String[] {"", "test-editor-token", "null"}) {
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body("{\"name\": \"Locked out\"}")
                    .post("/api/v1/tags")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void stillServesReaders() {
        given().get("/api/v1/articles").then().statusCode(200);
    }
}
