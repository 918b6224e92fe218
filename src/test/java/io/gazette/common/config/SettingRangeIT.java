package io.gazette.common.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.PackagedApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A numeric setting outside its range stops the packaged jar's start, naming the setting and the range, before it
 * listens: a comment length above its column's size would otherwise accept comments the database then refuses. So
 * does a setting that names a configuration that does not exist.
 */
class SettingRangeIT {

    @ParameterizedTest
    @CsvSource({
            "GAZETTE_COMMENTS_MAX_BODY_LENGTH, 5001, 'gazette.comments.max-body-length is 5001, outside its range 1 to 5000'",
            "GAZETTE_SITEMAPS_MAX_URLS, 0, 'gazette.sitemaps.max-urls is 0, outside its range 1 to 50000'",
            "GAZETTE_FEEDS_SIZE, 501, 'gazette.feeds.size is 501, outside its range 1 to 500'"})
    void aSettingOutsideItsRangeStopsTheStart(String variable, String value, String message) throws Exception {
        Path run = Files.createDirectories(Path.of("target", "setting-range", "run-" + System.nanoTime()));
        try (PackagedApp app = PackagedApp.launch(run.resolve("app.log"), Map.of(
                "GAZETTE_DATA_DIR", run.resolve("data").toAbsolutePath().toString(),
                variable, value))) {
            assertTrue(app.process().waitFor(PackagedApp.STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS), "the start stops");
            assertNotEquals(0, app.process().exitValue());
            String log = Files.readString(app.log());
            assertTrue(log.contains(message), log);
            assertFalse(log.contains("Listening on"), "it never listened: " + log);
            assertFalse(log.contains("Migrating schema"), "nothing was written before the check: " + log);
        }
    }

    @Test
    void aWebhookTlsConfigurationNameThatNamesNothingStopsTheStart() throws Exception {
        Path run = Files.createDirectories(Path.of("target", "setting-range", "run-" + System.nanoTime()));
        try (PackagedApp app = PackagedApp.launch(run.resolve("app.log"), Map.of(
                "GAZETTE_DATA_DIR", run.resolve("data").toAbsolutePath().toString(),
                "GAZETTE_WEBHOOKS_TLS_CONFIGURATION_NAME", "nowhere"))) {
            assertTrue(app.process().waitFor(PackagedApp.STARTUP_LIMIT.toSeconds(), TimeUnit.SECONDS), "the start stops");
            assertNotEquals(0, app.process().exitValue());
            String log = Files.readString(app.log());
            assertTrue(log.contains("gazette.webhooks.tls-configuration-name names nowhere, but there is no quarkus.tls.nowhere.* configuration"), log);
            assertFalse(log.contains("Listening on"), "it never listened: " + log);
        }
    }
}
