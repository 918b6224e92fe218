package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Feeds of two items with bodies, sitemaps split every two articles, and article pages under their language and section. */
public class SmallFeedsAndSitemapsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gazette.feeds.size", "2", "gazette.feeds.full-content", "true", "gazette.sitemaps.max-urls", "2",
                "gazette.site.article-path", "/{language}/{section}/{slug}");
    }
}
