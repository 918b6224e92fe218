package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service without its in-process response cache: for tests that measure what an uncached read costs. */
public class MemoryCacheOffProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gazette.cache.memory.max-bytes", "0");
    }
}
