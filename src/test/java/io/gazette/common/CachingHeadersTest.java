package io.gazette.common;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CachingHeadersTest {

    @Test
    void editorResponsesAreNeverCachedByShares() {
        String slug = TestData.author();
        editor().get("/api/v1/authors/" + slug)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("Vary", containsString("Authorization"));
    }

    @Test
    void publicResponsesVaryByAuthorization() {
        anonymous().get("/api/v1/tags")
                .then().statusCode(200)
                .header("Vary", containsString("Authorization"))
                .header("Cache-Control", nullValue());
    }
}
