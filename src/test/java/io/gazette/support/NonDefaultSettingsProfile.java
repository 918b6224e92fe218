package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Settings other than the test defaults, for the tests that need them, in one profile: each profile costs the suite a
 * Quarkus build and start on each database (about 11 s), and these settings do not get in each other's way.
 * <ul>
 * <li>feeds of two items with bodies, sitemaps split every two articles, article pages under their language and section;
 * <li>an in-process response cache of {@link #CACHE_MAX_BYTES}, far smaller than what a test reads, to see it hold its bound;
 * <li>behind a proxy that sets X-Forwarded-Host and X-Forwarded-Proto (README: behind a proxy);
 * <li>webhooks to private targets refused, as by default outside the tests (which deliver to a receiver on loopback).
 * </ul>
 */
public class NonDefaultSettingsProfile implements QuarkusTestProfile {

    public static final int CACHE_MAX_BYTES = 64 * 1024;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("gazette.feeds.size", "2", "gazette.feeds.full-content", "true", "gazette.sitemaps.max-urls", "2",
                "gazette.site.article-path", "/{language}/{section}/{slug}",
                "gazette.cache.memory.max-bytes", String.valueOf(CACHE_MAX_BYTES),
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-forwarded-host", "true",
                "gazette.webhooks.allow-private-targets", "false");
    }
}
