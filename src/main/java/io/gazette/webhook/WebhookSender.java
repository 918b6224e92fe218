package io.gazette.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.enterprise.context.ApplicationScoped;
import io.netty.channel.ConnectTimeoutException;
import io.quarkus.runtime.Startup;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.quarkus.tls.runtime.config.TlsConfigUtils;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Sends one attempt of a delivery: the event as JSON ({@code type}, {@code timestamp}, {@code data}: the public
 * representation, {@code purgeKeys}), signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature)
 * with the reference library, redirects not followed, within the configured timeouts. Built at start (@Startup), on the
 * main thread: a TLS configuration name that names nothing stops the start, and the client gets an event-loop context
 * of its own rather than the one of whichever request first needed it.
 */
@Startup
@ApplicationScoped
public class WebhookSender {

    static final String USER_AGENT = "Gazette-Webhooks/1";
    public static final String PING = "webhook.ping";
    private static final int EXCERPT_BYTES = 2000;
    private static final int EXCERPT_CHARS = 500;
    private static final long EXCERPT_WAIT_MILLIS = 2000;

    private final WebhookTargets targets;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final Vertx vertx;
    private final Context context;
    private final HttpClient client;

    WebhookSender(WebhookTargets targets, WebhookConfig config, ObjectMapper json, Clock clock, Vertx vertx, TlsConfigurationRegistry tls) {
        this.targets = targets;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        HttpClientOptions options = new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setVerifyHost(true)
                .setForceSni(true);
        config.tlsConfigurationName().ifPresent(name -> TlsConfigUtils.configure(options, tls.get(name).orElseThrow(
                () -> new IllegalStateException("gazette.webhooks.tls-configuration-name names " + name + ", but there is no quarkus.tls." + name + ".* configuration"))));
        // configure() turns TLS on for every request: each request says itself whether it is https
        options.setSsl(false);
        this.client = vertx.createHttpClient(options);
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
            // microseconds, as a stored event's time is
            ObjectNode body = envelope(PING, clock.instant().truncatedTo(ChronoUnit.MICROS));
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
        WebhookTargets.Target target = targets.target(URI.create(url));
        if (target instanceof WebhookTargets.Target.Refused refused) {
            return new Outcome(attemptedAt, null, 0, null, "Refused: " + refused.reason());
        }
        WebhookTargets.Target.Reachable reachable = (WebhookTargets.Target.Reachable) target;
        String body = bodyWriter.get();
        long timestamp = attemptedAt.getEpochSecond();
        String signature;
        try {
            signature = new Webhook(secret).sign(eventId, timestamp, body);
        } catch (WebhookSigningException | EmptyWebhookSecretException | IllegalArgumentException e) {
            return new Outcome(attemptedAt, null, 0, null, "Could not sign: " + e.getMessage());
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        // on the sender's one context: its connections' events then reach the response's handlers in order, so a body
        // that arrives with the status line is not over before excerpt() listens to it
        context.runOnContext(ignored -> client.request(request(reachable))
                .compose(request -> request
                        .putHeader("Content-Type", "application/json")
                        .putHeader("User-Agent", USER_AGENT)
                        .putHeader("webhook-id", eventId)
                        .putHeader("webhook-timestamp", Long.toString(timestamp))
                        .putHeader("webhook-signature", signature)
                        .send(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8))))
                .compose(response -> {
                    long latency = (System.nanoTime() - started) / 1_000_000;
                    int status = response.statusCode();
                    return excerpt(response).map(excerpt -> new Outcome(attemptedAt, status, latency, excerpt,
                            status >= 200 && status < 300 ? null : "HTTP " + status));
                })
                .onSuccess(outcome::complete)
                .onFailure(outcome::completeExceptionally));
        try {
            // the request's own timeouts and the excerpt's end it first: this bounds only a wait nothing else would
            return outcome.get(config.connectTimeout().plus(config.requestTimeout()).toMillis() + 2 * EXCERPT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean timedOut = cause instanceof TimeoutException || cause instanceof ConnectTimeoutException;
            return failed(attemptedAt, started, (timedOut ? "Timed out: " : "Could not connect: ") + describe(cause));
        } catch (TimeoutException e) {
            return failed(attemptedAt, started, "Timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(attemptedAt, started, "Interrupted");
        }
    }

    /**
     * The request goes to the address WebhookTargets checked (setServer), not to a new lookup of the name; the name
     * still goes into the Host header and, for https, into SNI and the certificate's check.
     */
    private RequestOptions request(WebhookTargets.Target.Reachable target) {
        URI uri = target.uri();
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setSsl(https)
                .setHost(uri.getHost())
                .setPort(port)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), port)))
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setTimeout(config.requestTimeout().toMillis())
                .setFollowRedirects(false);
    }

    /** The failure and, when it wraps another (a TLS handshake's "Failed to create SSL connection"), the first cause. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = text(failure);
        return root == failure || message.contains(text(root)) ? message : message + ": " + text(root);
    }

    private static String text(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static Outcome failed(Instant attemptedAt, long started, String error) {
        return new Outcome(attemptedAt, null, (System.nanoTime() - started) / 1_000_000, null, error.length() > 1000 ? error.substring(0, 1000) : error);
    }

    /**
     * The body's start, read for at most two seconds (a receiver that trickles its body does not hold the sender; the
     * excerpt is then unknown); the connection is dropped once EXCERPT_BYTES have come, so a large body is never read.
     */
    private Future<String> excerpt(HttpClientResponse response) {
        Promise<String> excerpt = Promise.promise();
        Buffer read = Buffer.buffer();
        long timer = vertx.setTimer(EXCERPT_WAIT_MILLIS, fired -> {
            if (excerpt.tryComplete(null)) {
                response.request().reset();
            }
        });
        Runnable finish = () -> {
            vertx.cancelTimer(timer);
            String text = read.toString(StandardCharsets.UTF_8);
            excerpt.tryComplete(text.isEmpty() ? null : text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) : text);
        };
        response.handler(chunk -> {
            int room = EXCERPT_BYTES - read.length();
            if (room > 0) {
                read.appendBuffer(chunk.length() > room ? chunk.slice(0, room) : chunk);
            }
            if (read.length() >= EXCERPT_BYTES) {
                finish.run();
                response.request().reset();
            }
        });
        response.endHandler(end -> finish.run());
        response.exceptionHandler(failure -> finish.run());
        return excerpt.future();
    }
}
