package io.gazette.language;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "gazette")
public interface LanguageConfig {

    /** Languages an article may be written in (BCP 47 tags). */
    @WithDefault("en,es,fa,ar")
    List<String> languages();
}
