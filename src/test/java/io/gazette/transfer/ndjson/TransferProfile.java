package io.gazette.transfer.ndjson;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * A database of its own (a fresh in-memory H2, or on the PostgreSQL pass the fresh embedded server the global test
 * resource starts for each profile), so that a test may empty it and import into it.
 */
public class TransferProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        if (!System.getProperty("quarkus.test.profile", "test").contains("pg")) {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:transfer;DB_CLOSE_DELAY=-1");
        }
        return config;
    }
}
