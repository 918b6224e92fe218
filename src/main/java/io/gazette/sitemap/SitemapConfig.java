package io.gazette.sitemap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How sitemaps are cut (README: Settings); SitemapService checks the ranges when the service starts. */
@ConfigMapping(prefix = "gazette.sitemaps")
public interface SitemapConfig {

    /** Articles per language sitemap: the sitemaps protocol allows 50,000 URLs per file. Env: GAZETTE_SITEMAPS_MAX_URLS. */
    @WithDefault("50000")
    int maxUrls();

    /** How far back the Google News sitemap reaches: Google News reads articles of the last two days. Env: GAZETTE_SITEMAPS_NEWS_WINDOW. */
    @WithDefault("48H")
    Duration newsWindow();

    /** The most articles in the Google News sitemap (Google reads up to 1,000). Env: GAZETTE_SITEMAPS_NEWS_MAX_URLS. */
    @WithDefault("1000")
    int newsMaxUrls();
}
