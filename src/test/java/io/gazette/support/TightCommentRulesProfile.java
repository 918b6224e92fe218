package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Limits small enough for tests to reach: comment allowances, 30-day comment closing, 1-second preview links. */
public class TightCommentRulesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gazette.comments.rate-limit.per-address", "5",
                "gazette.comments.rate-limit.per-email", "2",
                "gazette.comments.rate-limit.period", "10M",
                "gazette.comments.close-after-days", "30",
                "gazette.preview-link-ttl", "1S");
    }
}
