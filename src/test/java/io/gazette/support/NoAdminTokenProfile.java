package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service as started without GAZETTE_ADMIN_TOKEN. */
public class NoAdminTokenProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gazette.admin-token", "");
    }
}
