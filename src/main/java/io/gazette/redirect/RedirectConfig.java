package io.gazette.redirect;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where an old address leads (README: Settings). */
@ConfigMapping(prefix = "gazette.redirects")
public interface RedirectConfig {

    /**
     * The front end's path of an article: {slug}, {language} and {section} are replaced. Env: GAZETTE_REDIRECTS_TARGET.
     * The same page feeds and sitemaps link to, unless set apart.
     */
    @WithDefault("${gazette.site.article-path}")
    String target();
}
