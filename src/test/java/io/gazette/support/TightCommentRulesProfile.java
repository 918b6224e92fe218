package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Small comment allowances, so a test can reach them, and comments that close 30 days after publication. */
public class TightCommentRulesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gazette.comments.rate-limit.per-address", "5",
                "gazette.comments.rate-limit.per-email", "2",
                "gazette.comments.rate-limit.period", "10M",
                "gazette.comments.close-after-days", "30");
    }
}
