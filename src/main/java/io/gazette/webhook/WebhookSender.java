package io.gazette.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends one attempt of a delivery: the event as JSON ({@code type}, {@code timestamp}, {@code data}: the public
 * representation, {@code purgeKeys}), signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature)
 * with the reference library, redirects not followed, within the configured timeouts.
 */
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "Gazette-Webhooks/1";
    public static final String PING = "webhook.ping";
    private static final int EXCERPT_BYTES = 2000;
    private static final int EXCERPT_CHARS = 500;
    private static final long EXCERPT_WAIT_MILLIS = 2000;

    private final HttpClient client;
    private final WebhookTargets targets;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookSender(WebhookTargets targets, WebhookConfig config, ObjectMapper json, Clock clock) {
        this.targets = targets;
        this.config = config;
        this.json = json;
        this.clock = clock;
        // HTTP/1.1: the default (HTTP/2) sends plain-http requests with an h2c upgrade, which some receivers and proxies refuse
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A claimed attempt: which delivery, which attempt of it, where to, and the event. */
    public record Delivery(long id, int attempt, int roundAttempt, long endpointId, String url, String secret, long position,
                           String type, Instant occurredAt, String payload, String purgeKeys) {

        /** The webhook-id header: one per event, the same on every attempt and for every endpoint. */
        public String eventId() {
            return WebhookSender.eventId(position);
        }
    }

    static String eventId(long position) {
        return "evt_" + position;
    }

    /** What one attempt came to. */
    public record Outcome(Instant attemptedAt, Integer statusCode, long latencyMillis, String responseExcerpt, String error) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** The body of an event's deliveries: the same bytes on every attempt. */
    public String body(Delivery delivery) {
        ObjectNode body = envelope(delivery.type(), delivery.occurredAt());
        try {
            body.set("data", json.readTree(delivery.payload()));
            ArrayNode keys = body.putArray("purgeKeys");
            if (!delivery.purgeKeys().isEmpty()) {
                for (String key : delivery.purgeKeys().split(" ")) {
                    keys.add(key);
                }
            }
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event " + delivery.position() + " is not readable", e);
        }
    }

    public Outcome send(Delivery delivery) {
        return post(delivery.url(), delivery.secret(), delivery.eventId(), () -> body(delivery));
    }

    /**
     * A test event for one endpoint, sent now: {@code webhook.ping} with the endpoint's id as data, signed like any
     * event, with a webhook-id of its own ("ping_..."). Not an event of the outbox: no retries, no delivery log.
     */
    public Outcome ping(long endpointId, String url, String secret, String eventId) {
        return post(url, secret, eventId, () -> {
            ObjectNode body = envelope(PING, clock.instant());
            body.putObject("data").put("webhook", endpointId);
            body.putArray("purgeKeys");
            return body.toString();
        });
    }

    /** What every event's body starts with, in this order: its type and when it happened; data and purgeKeys follow. */
    private ObjectNode envelope(String type, Instant occurredAt) {
        ObjectNode body = json.createObjectNode();
        body.put("type", type);
        body.put("timestamp", occurredAt.toString());
        return body;
    }

    private Outcome post(String url, String secret, String eventId, Supplier<String> bodyWriter) {
        Instant attemptedAt = clock.instant();
        long started = System.nanoTime();
        URI target = URI.create(url);
        Optional<String> refused = targets.refusal(target);
        if (refused.isPresent()) {
            return new Outcome(attemptedAt, null, 0, null, "Refused: " + refused.get());
        }
        String body = bodyWriter.get();
        long timestamp = attemptedAt.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(target)
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-id", eventId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", new Webhook(secret).sign(eventId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        } catch (WebhookSigningException | EmptyWebhookSecretException | IllegalArgumentException e) {
            return new Outcome(attemptedAt, null, 0, null, "Could not sign: " + e.getMessage());
        }
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long latency = (System.nanoTime() - started) / 1_000_000;
            String excerpt = excerpt(response.body());
            int status = response.statusCode();
            return new Outcome(attemptedAt, status, latency, excerpt, status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return failed(attemptedAt, started, "Timed out: " + e.getMessage());
        } catch (IOException e) {
            return failed(attemptedAt, started, "Could not connect: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(attemptedAt, started, "Interrupted");
        }
    }

    private static Outcome failed(Instant attemptedAt, long started, String error) {
        return new Outcome(attemptedAt, null, (System.nanoTime() - started) / 1_000_000, null, error.length() > 1000 ? error.substring(0, 1000) : error);
    }

    /** The body's start, read for at most two seconds (a receiver that trickles its body does not hold the sender). */
    private static String excerpt(InputStream body) {
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (body) {
                return body.readNBytes(EXCERPT_BYTES);
            } catch (IOException e) {
                return new byte[0];
            }
        });
        try {
            String text = new String(read.get(EXCERPT_WAIT_MILLIS, TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
            return text.isEmpty() ? null : text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) : text;
        } catch (TimeoutException | ExecutionException e) {
            closeQuietly(body);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }
}
