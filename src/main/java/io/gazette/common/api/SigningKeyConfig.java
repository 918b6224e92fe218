package io.gazette.common.api;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "gazette")
public interface SigningKeyConfig {

    /** Key that signs list cursors and preview links; set it when several instances serve one database. Env: GAZETTE_SIGNING_KEY. */
    Optional<String> signingKey();
}
