package io.gazette.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one place that decides which database this instance runs on: PostgreSQL, or the embedded H2. */
@ApplicationScoped
public class DatabaseKind {

    private final boolean postgres;

    DatabaseKind(@ConfigProperty(name = "quarkus.datasource.db-kind") String kind) {
        this.postgres = kind.toLowerCase(Locale.ROOT).startsWith("postgres");
    }

    public boolean isPostgres() {
        return postgres;
    }
}
