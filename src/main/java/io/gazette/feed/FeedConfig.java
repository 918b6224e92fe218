package io.gazette.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What each feed holds (README: Settings); FeedService checks the size's range when the service starts. */
@ConfigMapping(prefix = "gazette.feeds")
public interface FeedConfig {

    /** The newest published articles a feed lists. Env: GAZETTE_FEEDS_SIZE. */
    @WithDefault("50")
    int size();

    /** Whether items carry the article's body (HTML) besides its lead. Env: GAZETTE_FEEDS_FULL_CONTENT. */
    @WithDefault("false")
    boolean fullContent();
}
