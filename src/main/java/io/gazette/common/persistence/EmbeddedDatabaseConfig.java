package io.gazette.common.persistence;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Read only by the H2 JDBC URL in application.properties; no bean injects it, so it is kept unremovable
 * to stay a known, defaulted gazette.* key.
 */
@Unremovable
@ConfigMapping(prefix = "gazette")
public interface EmbeddedDatabaseConfig {

    /** Directory of the embedded H2 database files. Env: GAZETTE_DATA_DIR. */
    @WithDefault("./data")
    String dataDir();
}
