package io.gazette.common.persistence;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips scheduled jobs while the database is unreachable or not migrated yet. */
@Singleton
public class UntilSchemaReady implements Scheduled.SkipPredicate {

    private final DatabaseSchema schema;

    UntilSchemaReady(DatabaseSchema schema) {
        this.schema = schema;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !schema.isReady();
    }
}
