package io.gazette.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.NoAdminTokenProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
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

    @Test
    void warnsOnceAtStartupThatNobodyCanWrite() throws IOException {
        long warnings = Files.readAllLines(NoAdminTokenProfile.LOG).stream()
                .filter(line -> line.contains("WARN") && line.contains("Nobody can write") && line.contains("GAZETTE_ADMIN_TOKEN"))
                .count();
        assertEquals(1, warnings, "startup log " + NoAdminTokenProfile.LOG);
    }
}
