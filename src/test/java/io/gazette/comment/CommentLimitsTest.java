package io.gazette.comment;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CommentLimitsTest.TightLimits.class)
class CommentLimitsTest {

    /** Tight per-email allowance and lengths; the address allowance stays loose, as these tests share one address. */
    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gazette.comments.rate-limit.per-email", "2",
                    "gazette.comments.rate-limit.per-address", "100000",
                    "gazette.comments.max-name-length", "10",
                    "gazette.comments.max-body-length", "20");
        }
    }

    @Test
    void configuredLengthsAreCheckedWithEveryOtherField() {
        String article = TestData.article().published();
        anonymous().body(Map.of("name", "N".repeat(11), "email", "not-an-email", "body", "b".repeat(21)))
                .post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(400)
                .body("errors.field", contains("body", "email", "name"))
                .body("errors.find { it.field == 'name' }.message", equalTo("must be at most 10 characters"))
                .body("errors.find { it.field == 'body' }.message", equalTo("must be at most 20 characters"));
        anonymous().body(Map.of("name", "N".repeat(10), "email", unique("l") + "@mail.example", "body", "b".repeat(20)))
                .post("/api/v1/articles/" + article + "/comments")
                .then().statusCode(202);
    }

    @Test
    void replaysSpendNoAllowance() {
        String article = TestData.article().published();
        String email = unique("allowance") + "@mail.example";
        String key = unique("key");
        String path = "/api/v1/articles/" + article + "/comments";
        anonymous().header("Idempotency-Key", key).body(Map.of("name", "Reader", "email", email, "body", "Kept")).post(path)
                .then().statusCode(202).header("RateLimit-Remaining", "1").header("Idempotent-Replayed", nullValue());
        for (int retry = 0; retry < 3; retry++) {
            anonymous().header("Idempotency-Key", key).body(Map.of("name", "Reader", "email", email, "body", "Kept")).post(path)
                    .then().statusCode(202).header("Idempotent-Replayed", equalTo("true")).header("RateLimit-Remaining", "1");
        }
        // The same address in capitals is the same allowance: the email is normalised before it is counted.
        String shouted = email.toUpperCase(Locale.ROOT);
        anonymous().body(Map.of("name", "Reader", "email", shouted, "body", "Second")).post(path)
                .then().statusCode(202).header("RateLimit-Remaining", "0");
        anonymous().body(Map.of("name", "Reader", "email", shouted, "body", "Third")).post(path)
                .then().statusCode(429);
    }
}
