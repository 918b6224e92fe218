package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** An in-process response cache far smaller than what a test reads, to see it hold its bound. */
public class SmallResponseCacheProfile implements QuarkusTestProfile {

    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gazette.cache.memory.max-bytes", String.valueOf(MAX_BYTES));
    }
}
