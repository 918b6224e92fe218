package io.gazette.common.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Browsers on other origins: anyone may read (and post a reader's comment); credentials only from these origins. */
@ConfigMapping(prefix = "gazette.cors")
public interface CorsConfig {

    /** Origins of the editorial front ends (e.g. https://admin.example.com) that may send Authorization. Env: GAZETTE_CORS_EDITOR_ORIGINS. */
    Optional<List<String>> editorOrigins();

    /** How long a browser may reuse a preflight answer (Chrome caps it at 2 hours). */
    @WithDefault("2H")
    Duration maxAge();
}
