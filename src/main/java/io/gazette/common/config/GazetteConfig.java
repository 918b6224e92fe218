package io.gazette.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Every {@code gazette.*} setting; the README lists each with its default. */
@ConfigMapping(prefix = "gazette")
public interface GazetteConfig {

    /** Bearer token that editors send; without it no write is possible. Env: GAZETTE_ADMIN_TOKEN. */
    Optional<String> adminToken();

    /** Directory of the embedded H2 database files. Env: GAZETTE_DATA_DIR. */
    @WithDefault("./data")
    String dataDir();

    /** Loads the demo publication into an empty database at startup. */
    @WithDefault("false")
    boolean demoContent();

    /** Key that signs list cursors; set it when several instances serve one database. Env: GAZETTE_CURSOR_SECRET. */
    Optional<String> cursorSecret();

    /** Languages an article may be written in (BCP 47 tags). */
    @WithDefault("en,es,fa,ar")
    List<String> languages();
}
