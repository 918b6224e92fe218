package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Small comment allowances, so a test can reach them. */
public class RateLimitProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gazette.comments.rate-limit.per-address", "5",
                "gazette.comments.rate-limit.per-email", "2",
                "gazette.comments.rate-limit.period", "10M");
    }
}
