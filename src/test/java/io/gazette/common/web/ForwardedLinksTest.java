package io.gazette.common.web;

import static io.gazette.support.TestData.anonymous;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.NonDefaultSettingsProfile;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(NonDefaultSettingsProfile.class)
class ForwardedLinksTest {

    private static String links(String forwardedHost, String tag) {
        return anonymous().header("X-Forwarded-Host", forwardedHost).header("X-Forwarded-Proto", "https")
                .queryParam("tag", tag).queryParam("size", 1).get("/api/v1/articles")
                .then().statusCode(200).extract().header("Link");
    }

    @Test
    void behindAProxyLinksUseTheHostAndSchemeItForwardsAndEachHostHasItsOwnCachedPage() {
        String tag = TestData.tag();
        TestData.article().tag(tag).published();
        TestData.article().tag(tag).published();
        String first = links("news.example", tag);
        assertTrue(first.startsWith("<https://news.example/api/v1/articles?"), first);
        // The same request through another host name is another page, not the first one's from memory
        String other = links("mirror.example", tag);
        assertTrue(other.startsWith("<https://mirror.example/api/v1/articles?"), other);
        assertTrue(links("news.example", tag).startsWith("<https://news.example/"));
    }
}
