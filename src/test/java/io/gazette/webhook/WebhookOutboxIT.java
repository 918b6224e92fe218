package io.gazette.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import io.gazette.support.PackagedApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The outbox on the packaged jar: a change is committed (201), its webhook is on its way to the receiver, which holds
 * the request unanswered, and the app is killed with SIGKILL. Started again on the same data, it delivers the event,
 * with the same webhook-id, once the attempt's lease has passed.
 */
class WebhookOutboxIT {

    private static final String TOKEN = "webhook-outbox-token";

    @Test
    void anEventInFlightAtAKillNineIsDeliveredAfterTheRestart() throws Exception {
        Path run = Files.createDirectories(Path.of("target", "webhook-outbox", "run-" + System.currentTimeMillis()));
        Path data = Files.createDirectories(run.resolve("data"));
        Map<String, String> environment = new HashMap<>(Map.of(
                "GAZETTE_DATA_DIR", data.toAbsolutePath().toString(),
                "GAZETTE_ADMIN_TOKEN", TOKEN,
                "GAZETTE_DEMO_CONTENT", "false",
                "GAZETTE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                "GAZETTE_WEBHOOKS_CONNECT_TIMEOUT", "1s",
                "GAZETTE_WEBHOOKS_REQUEST_TIMEOUT", "3s"));
        try (Receiver receiver = Receiver.start()) {
            String secret;
            String tag = "outbox-" + System.nanoTime();
            try (PackagedApp app = PackagedApp.launch(run.resolve("app-1.log"), environment)) {
                app.awaitStatus(app.base.resolve("/api/v1/tags?size=1"), 200);
                secret = Jars.field(Jars.post(app.base, TOKEN, "/api/v1/webhooks",
                        "{\"url\": \"" + receiver.url() + "\", \"events\": [\"tag.updated\"]}", 201), "secret");
                receiver.holdAnswers();
                Jars.post(app.base, TOKEN, "/api/v1/tags", "{\"slug\": \"" + tag + "\", \"name\": \"Outbox\"}", 201);
                Awaitility.await("the delivery under way").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> !receiver.received().isEmpty());
                app.kill();
            }
            receiver.release();
            List<Receiver.Received> beforeRestart = receiver.received();
            assertEquals(1, beforeRestart.size());
            String eventId = beforeRestart.get(0).id();

            try (PackagedApp app = PackagedApp.launch(run.resolve("app-2.log"), environment)) {
                app.awaitStatus(app.base.resolve("/api/v1/tags?size=1"), 200);
                Awaitility.await("the delivery after the restart").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                        .until(() -> receiver.received().size() > 1);
                Receiver.Received delivered = receiver.received().get(1);
                assertEquals(eventId, delivered.id(), "the same event");
                new Webhook(secret).verify(delivered.body(), delivered.headers().map());
                assertTrue(delivered.body().contains("\"slug\":\"" + tag + "\""), delivered.body());
            }
        }
    }
}
