package io.gazette.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gazette")
public interface DemoConfig {

    /** Loads the demo publication into an empty database at startup. */
    @WithDefault("false")
    boolean demoContent();
}
