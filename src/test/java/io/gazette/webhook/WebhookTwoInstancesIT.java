package io.gazette.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.support.PackagedApp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Two PostgreSQL jars on one database, both dispatching (each polls every 100 ms and dispatches after its own writes):
 * every event written through either reaches the receiver exactly once. Also prints the delivery latency after the
 * commit (from the write's 201 to the receiver's request), p50 and p99.
 */
class WebhookTwoInstancesIT {

    private static final String TOKEN = "webhook-two-instances-token";
    private static final int EVENTS = 200;

    private static String percentiles(List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format("p50 %.1f ms, p99 %.1f ms", sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() * 99 / 100) / 1000.0);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Deliveries of the endpoint whose status is succeeded, all pages. */
    private static long succeededDeliveries(URI base, String endpoint) throws Exception {
        long succeeded = 0;
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonNode list = JSON.readTree(Jars.get(base, TOKEN, "/api/v1/webhooks/" + endpoint + "/deliveries?size=100&page=" + page, 200));
            pages = list.get("meta").get("totalPages").asInt();
            for (JsonNode delivery : list.get("items")) {
                succeeded += "succeeded".equals(delivery.get("status").asText()) ? 1 : 0;
            }
        }
        return succeeded;
    }

    @Test
    void twoInstancesDeliverEachEventOnce() throws Exception {
        Path run = Files.createDirectories(Path.of("target", "webhook-two-instances", "run-" + System.currentTimeMillis()));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(run.resolve("postgres")).setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on").start();
             Receiver receiver = Receiver.start()) {
            Map<String, String> environment = new HashMap<>(Map.of(
                    "DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                    "GAZETTE_ADMIN_TOKEN", TOKEN,
                    "GAZETTE_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                    "GAZETTE_WEBHOOKS_POLL_EVERY", "PT0.1S"));
            try (PackagedApp first = PackagedApp.launchPostgres(run.resolve("first.log"), environment)) {
                first.awaitStatus(first.management.resolve("/q/health/ready"), 200);
                try (PackagedApp second = PackagedApp.launchPostgres(run.resolve("second.log"), environment)) {
                    second.awaitStatus(second.management.resolve("/q/health/ready"), 200);
                    String endpoint = Jars.field(Jars.post(first.base, TOKEN, "/api/v1/webhooks",
                            "{\"url\": \"" + receiver.url() + "\", \"events\": [\"tag.updated\"]}", 201), "id");
                    List<URI> instances = List.of(first.base, second.base);
                    Map<String, Long> sentNanos = new HashMap<>();
                    Map<String, Long> committedNanos = new HashMap<>();
                    for (int i = 0; i < EVENTS; i++) {
                        String slug = "two-instances-" + i;
                        sentNanos.put(slug, System.nanoTime());
                        Jars.post(instances.get(i % 2), TOKEN, "/api/v1/tags", "{\"slug\": \"" + slug + "\", \"name\": \"Tag " + i + "\"}", 201);
                        committedNanos.put(slug, System.nanoTime());
                    }
                    Awaitility.await("every event delivered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                            .until(() -> receiver.received().stream().map(Receiver.Received::id).distinct().count() >= EVENTS);
                    // Once every delivery is recorded as succeeded no instance sends it again, so the count below is final
                    Awaitility.await("every delivery recorded as succeeded").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                            .until(() -> succeededDeliveries(first.base, endpoint) == EVENTS);
                    assertEquals(EVENTS, receiver.received().size(), "no event sent twice");
                    Map<String, Integer> perEvent = new HashMap<>();
                    List<Long> afterAnswer = new ArrayList<>();
                    List<Long> afterRequest = new ArrayList<>();
                    for (Receiver.Received received : receiver.received()) {
                        perEvent.merge(received.id(), 1, Integer::sum);
                        String slug = Jars.field(received.body(), "slug");
                        afterAnswer.add(TimeUnit.NANOSECONDS.toMicros(received.receivedNanos() - committedNanos.get(slug)));
                        afterRequest.add(TimeUnit.NANOSECONDS.toMicros(received.receivedNanos() - sentNanos.get(slug)));
                    }
                    assertEquals(EVENTS, perEvent.size());
                    assertTrue(perEvent.values().stream().allMatch(n -> n == 1), "each once: " + perEvent);
                    // The commit lies between the write's request and its answer: the two bound the latency after it
                    System.out.printf("WebhookTwoInstancesIT: %d events through 2 instances, each delivered once; webhook received"
                            + " after the write's 201 %s, after the write's request %s%n", EVENTS, percentiles(afterAnswer), percentiles(afterRequest));
                }
            }
        }
    }
}
