package io.gazette.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database resource for every test class (not only the annotated one). */
@QuarkusTestResource(PostgresTestResource.class)
public final class DatabaseResources {
    private DatabaseResources() {
    }
}
