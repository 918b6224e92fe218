package io.gazette.common.persistence;

/**
 * Fired once the database is reachable, migrated and matches the entities: what needs the database
 * at startup (search index back-fill, demo content) observes this instead of StartupEvent.
 */
public record SchemaReady() {
}
