package io.gazette.common.config;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.util.Set;

/**
 * Range checks of numeric settings, made when the service starts: a value outside its range stops the start with the
 * setting's name. Bean Validation constraints on the {@code @ConfigMapping} interfaces did the same, but had Quarkus
 * build a second validator factory before anything else, a quarter of a second of every start (src/bench/memory-start.md).
 */
public final class SettingRange {

    /** The checks' observer priority: before DatabaseSchema's (0) migrates the schema and the demo content is loaded. */
    public static final int BEFORE_OTHER_STARTUP_WORK = -1;

    private SettingRange() {
    }

    public static void require(String property, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ConfigurationException(property + " is " + value + ", outside its range " + min + " to " + max, Set.of(property));
        }
    }
}
