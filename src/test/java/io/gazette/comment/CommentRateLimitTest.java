package io.gazette.comment;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.TightCommentRulesProfile;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TightCommentRulesProfile.class)
class CommentRateLimitTest {

    private static Response post(String article, String email, String body) {
        return anonymous().body(Map.of("name", "Reader", "email", email, "body", body))
                .post("/api/v1/articles/" + article + "/comments");
    }

    @Test
    void commentsCloseThirtyDaysAfterPublication() {
        String article = TestData.article().published();
        String publishedAt = anonymous().get("/api/v1/articles/" + article).then().extract().path("publishedAt");
        anonymous().get("/api/v1/articles/" + article + "/comments/state")
                .then().statusCode(200)
                .body("open", equalTo(true))
                .body("closesAt", equalTo(java.time.Instant.parse(publishedAt).plus(java.time.Duration.ofDays(30)).toString()));
    }

    /** One method, because the allowances of one address are shared by everything this test class sends. */
    @Test
    void limitsPerEmailThenPerAddressWithRetryAfter() {
        String article = TestData.article().published();
        String email = unique("flood") + "@mail.example";
        post(article, email, "one").then().statusCode(202)
                .header("RateLimit-Limit", "2")
                .header("RateLimit-Remaining", "1");
        post(article, email, "two").then().statusCode(202);
        post(article, email, "three").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429));

        // The address allowance (5) has 2 left after the three requests above.
        post(article, unique("a") + "@mail.example", "four").then().statusCode(202);
        post(article, unique("b") + "@mail.example", "five").then().statusCode(202);
        Response refused = post(article, unique("c") + "@mail.example", "six");
        assertEquals(429, refused.statusCode());
        assertEquals("5", refused.header("RateLimit-Limit"));
    }
}
