package io.gazette.common.persistence;

import io.gazette.common.error.DatabaseOutage;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SchemaValidationException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Migrates the schema at startup, then has Hibernate validate it against the entities. When the
 * database is unreachable the service starts anyway, not ready (readiness DOWN, requests 503 through
 * NotReadyYet), and retries (1, 2, 4, then every 5 seconds) until the database arrives, instead of exiting. A migration or validation
 * error (not an outage) stops the start, as Quarkus's migrate-at-start would.
 */
@ApplicationScoped
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final Flyway flyway;
    private final EntityManagerFactory entityManagerFactory;
    private final Event<SchemaReady> ready;
    private volatile boolean migrated;
    private volatile String problem = "not migrated yet";
    private ScheduledExecutorService retries;

    DatabaseSchema(Flyway flyway, EntityManagerFactory entityManagerFactory, Event<SchemaReady> ready) {
        this.flyway = flyway;
        this.entityManagerFactory = entityManagerFactory;
        this.ready = ready;
    }

    void onStart(@Observes @Priority(0) StartupEvent event) {
        if (!migrateIfReachable()) {
            retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "database-schema-retry");
                thread.setDaemon(true);
                return thread;
            });
            retries.schedule(() -> retry(FIRST_RETRY), FIRST_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    private void retry(Duration waited) {
        try {
            if (migrateIfReachable()) {
                retries.shutdown();
                return;
            }
        } catch (RuntimeException e) {
            problem = "migration failed: " + e.getMessage();
            LOG.error("The database arrived but its schema could not be migrated or validated; the service stays not ready", e);
            retries.shutdown();
            return;
        }
        Duration next = waited.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : waited.multipliedBy(2);
        retries.schedule(() -> retry(next), next.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** False when the database cannot be reached; throws when it can but the schema is wrong. */
    private boolean migrateIfReachable() {
        try {
            flyway.migrate();
            entityManagerFactory.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            throw new IllegalStateException("The database schema does not match the entities: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            String unreachable = "database unreachable: " + DatabaseOutage.describe(e);
            if (!unreachable.equals(problem)) {
                LOG.warnf("Database unreachable at startup (%s); the service is not ready and retries every few seconds",
                        DatabaseOutage.describe(e));
            }
            problem = unreachable;
            return false;
        }
        // Startup work on the database (search index back-fill, demo content) finishes before the service says ready.
        ready.fire(new SchemaReady());
        migrated = true;
        problem = null;
        return true;
    }

    public boolean isReady() {
        return migrated;
    }

    /** Why the schema is not ready; null once it is. */
    public String problem() {
        return problem;
    }

    /** Readiness: DOWN until the schema is migrated, so no traffic is sent to an instance that would answer 503. */
    @Readiness
    @ApplicationScoped
    static class Check implements HealthCheck {

        private final DatabaseSchema schema;

        Check(DatabaseSchema schema) {
            this.schema = schema;
        }

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("Database schema").status(schema.isReady())
                    .withData("state", schema.isReady() ? "migrated" : schema.problem())
                    .build();
        }
    }
}
