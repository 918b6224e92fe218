package io.gazette.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gazette")
public interface ArticleConfig {

    /** How long a draft preview link works. */
    @WithDefault("24H")
    Duration previewLinkTtl();

    /** How often the scheduler publishes due articles and takes down expired ones (read by ArticleSchedule's @Scheduled). */
    @WithDefault("10s")
    String scheduleEvery();
}
