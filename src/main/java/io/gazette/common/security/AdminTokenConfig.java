package io.gazette.common.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "gazette")
public interface AdminTokenConfig {

    /** Bearer token that editors send; without it no write is possible. Env: GAZETTE_ADMIN_TOKEN. */
    Optional<String> adminToken();
}
