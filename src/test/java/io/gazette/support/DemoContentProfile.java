package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the application with demo content on a database of its own: a fresh in-memory H2, or on the
 * PostgreSQL pass the fresh embedded server the global test resource starts for each profile.
 */
public class DemoContentProfile implements QuarkusTestProfile {

    public static final String DEMO_FRONT_END = "https://front.example.net";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("gazette.demo-content", "true");
        // the demo's own URL gives way to a configured one (SiteDemoTest)
        config.put("gazette.site.url", DEMO_FRONT_END);
        if (!System.getProperty("quarkus.test.profile", "test").contains("pg")) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1");
        }
        return config;
    }
}
