package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The service as started without GAZETTE_ADMIN_TOKEN, on a database of its own (no accounts, no keys),
 * logging to {@link #LOG} as well, so a test can read what it said at startup.
 */
public class NoAdminTokenProfile implements QuarkusTestProfile {

    /** One file per test JVM, so a run never reads a line an earlier run wrote. */
    public static final Path LOG = Path.of("target", "no-admin-token-" + ProcessHandle.current().pid() + ".log").toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("gazette.admin-token", "");
        config.put("quarkus.log.file.enabled", "true");
        config.put("quarkus.log.file.path", LOG.toString());
        if (!System.getProperty("quarkus.test.profile", "test").contains("pg")) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:no-admin-token;DB_CLOSE_DELAY=-1");
        }
        return config;
    }
}
