package io.gazette.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * For the PostgreSQL pass (test profile "test,pg"): uses DB_URL when it is set, otherwise starts a
 * real embedded PostgreSQL so the suite needs no server and no Docker. Does nothing on the H2 pass.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        String profiles = System.getProperty("quarkus.test.profile", "test");
        boolean postgresPass = Arrays.asList(profiles.split(",")).contains("pg");
        String externalUrl = System.getenv("DB_URL");
        if (!postgresPass || (externalUrl != null && !externalUrl.isBlank())) {
            return Map.of();
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
