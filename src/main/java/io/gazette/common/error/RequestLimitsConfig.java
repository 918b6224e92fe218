package io.gazette.common.error;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a request body may be (README: Settings). */
@ConfigMapping(prefix = "gazette.limits")
public interface RequestLimitsConfig {

    /** Bodies of the API's requests. Env: GAZETTE_LIMITS_MAX_BODY_SIZE. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /**
     * An export file sent to POST /api/v1/imports (spooled to disk, never held in memory); also the server's own limit,
     * quarkus.http.limits.max-body-size. Env: GAZETTE_LIMITS_MAX_IMPORT_SIZE.
     */
    @WithDefault("2G")
    MemorySize maxImportSize();
}
