package io.gazette.article;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.MutableClock;
import io.gazette.support.TestData;
import io.gazette.support.TightCommentRulesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TightCommentRulesProfile.class)
class PreviewExpiryTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The link lives at most the profile's TTL of one second: it opens until its expiresAt and is not found from then on. */
    @Test
    void expiredPreviewLinkIsNotFound() {
        Instant created = clock.instant();
        clock.set(created);
        String draft = TestData.article().draft();
        JsonPath link = editor().post("/api/v1/articles/" + draft + "/preview-links").then().statusCode(201).extract().jsonPath();
        Instant expiresAt = Instant.parse(link.getString("expiresAt"));
        assertTrue(expiresAt.isAfter(created) && !expiresAt.isAfter(created.plus(Duration.ofSeconds(1))), link.getString("expiresAt"));
        given().get(link.getString("path")).then().statusCode(200);

        clock.set(expiresAt.minusMillis(1));
        given().get(link.getString("path")).then().statusCode(200);
        clock.set(expiresAt);
        given().get(link.getString("path")).then().statusCode(404).contentType("application/problem+json");
    }
}
