package io.gazette.site;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** What GET /api/v1/site answers until an admin has set the site (the README lists each key). */
@ConfigMapping(prefix = "gazette.site")
public interface SiteConfig {

    /** The publication's name. Env: GAZETTE_SITE_NAME. */
    @WithDefault("Gazette")
    String name();

    /** The front end's base URL. Env: GAZETTE_SITE_URL. */
    Optional<String> url();
}
