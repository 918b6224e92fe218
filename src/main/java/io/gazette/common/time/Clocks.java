package io.gazette.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of the current time: code that needs "now" takes this Clock instead of calling
 * Instant.now(), so tests can move time rather than wait for it.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
