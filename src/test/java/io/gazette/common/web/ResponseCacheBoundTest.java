package io.gazette.common.web;

import static io.gazette.support.TestData.anonymous;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.NonDefaultSettingsProfile;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(NonDefaultSettingsProfile.class)
class ResponseCacheBoundTest {

    @Inject
    ResponseCache cache;

    @Test
    void theKeptAnswersNeverWeighMoreThanGazetteCacheMemoryMaxBytes() {
        String tag = TestData.tag();
        for (int i = 0; i < 10; i++) {
            TestData.article().tag(tag).with("body", "<p>" + "Words enough to weigh something. ".repeat(120) + "</p>").published();
        }
        long sent = 0;
        for (int size = 1; size <= 10; size++) {
            for (int page = 1; page <= 10; page++) {
                sent += anonymous().queryParam("tag", tag).queryParam("size", size).queryParam("page", page)
                        .queryParam("include", "body").get("/api/v1/articles").then().statusCode(200).extract().asByteArray().length;
                long held = cache.weightedSize();
                assertTrue(held <= NonDefaultSettingsProfile.CACHE_MAX_BYTES, held + " bytes held after " + sent + " sent");
            }
        }
        assertTrue(sent > 3L * NonDefaultSettingsProfile.CACHE_MAX_BYTES, "the test read only " + sent + " bytes");
        assertTrue(cache.weightedSize() > NonDefaultSettingsProfile.CACHE_MAX_BYTES / 4, "the cache kept " + cache.weightedSize());
    }
}
