package io.gazette.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long browsers and shared caches (CDNs) may keep public responses; the README's Caching section lists each key. */
@ConfigMapping(prefix = "gazette.cache")
public interface HttpCacheConfig {

    /** Lists, related articles, comments and navigation: they change with every publication. */
    Freshness lists();

    /**
     * One article, author or tag, and the site document: they change only when edited, and a purge removes them then.
     * Defaults in application.properties (a group's defaults cannot differ per use in a mapping).
     */
    Freshness articles();

    /** A 404: short, so that a page published a moment later is found soon, even by a cache nobody purges. */
    @WithDefault("10s")
    Duration notFoundMaxAge();

    /** Public JSON bodies at least this large are gzipped for clients that accept it. */
    @WithDefault("1024")
    int compressAbove();

    /** The in-process cache of rendered public responses (ResponseCache). */
    Memory memory();

    interface Memory {
        /** Total bytes of the kept responses (bodies, headers and keys); 0 turns the cache off. */
        @WithDefault("16M")
        MemorySize maxBytes();

        /**
         * An entry is rendered again after this long even without a purge: related articles rank by age, which
         * moves without a write.
         */
        @WithDefault("10m")
        Duration expireAfterWrite();

        /** How often each instance reads content_change for the writes of other instances (its staleness bound). */
        @WithDefault("300ms")
        Duration pollEvery();

        /** content_change rows older than this are deleted (by whichever instance gets there first). */
        @WithDefault("1h")
        Duration keepChanges();
    }

    interface Freshness {
        /** Browsers and apps. */
        Duration maxAge();

        /** Shared caches (CDNs), which a write purges by surrogate key. */
        Duration sMaxage();

        /** How long a cache may answer with the expired copy while it revalidates in the background. */
        Duration staleWhileRevalidate();

        /** How long a cache may answer with the expired copy while Gazette answers 5xx or not at all. */
        Duration staleIfError();

        default String cacheControl() {
            return "public, max-age=" + maxAge().toSeconds() + ", s-maxage=" + sMaxage().toSeconds()
                    + ", stale-while-revalidate=" + staleWhileRevalidate().toSeconds() + ", stale-if-error=" + staleIfError().toSeconds();
        }
    }
}
