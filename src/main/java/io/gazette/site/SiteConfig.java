package io.gazette.site;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * What GET /api/v1/site answers until an admin has set the site, and where the front end shows each kind of page
 * (feeds and sitemaps link there). The README lists each key.
 */
@ConfigMapping(prefix = "gazette.site")
public interface SiteConfig {

    /** The publication's name. Env: GAZETTE_SITE_NAME. */
    @WithDefault("Gazette")
    String name();

    /** The front end's base URL. Env: GAZETTE_SITE_URL. */
    Optional<String> url();

    /** The front end's home page of a language: {language}. */
    @WithDefault("/")
    String homePath();

    /** The front end's page of an article: {slug}, {language}, {section}. */
    @WithDefault("/articles/{slug}")
    String articlePath();

    /** The front end's page of a section: {section}, {language}. */
    @WithDefault("/sections/{section}")
    String sectionPath();

    /** The front end's page of a tag: {slug}, {language}. */
    @WithDefault("/tags/{slug}")
    String tagPath();

    /** The front end's page of an author: {slug}, {language}. */
    @WithDefault("/authors/{slug}")
    String authorPath();
}
