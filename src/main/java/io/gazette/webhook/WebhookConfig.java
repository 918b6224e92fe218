package io.gazette.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "gazette.webhooks")
public interface WebhookConfig {

    /**
     * Whether endpoints may be on loopback, private, link-local or other non-public addresses. Off: such targets are
     * refused at registration and again at every delivery (a name may resolve elsewhere later). Tests turn it on for
     * their own receiver.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /**
     * The name of a TLS configuration ({@code quarkus.tls.<name>.*}) for https deliveries: e.g. a trust store with the
     * certificate authority of receivers inside the organisation. Unset: the JVM's trusted authorities. The receiver's
     * certificate is always checked against the URL's host name.
     */
    Optional<String> tlsConfigurationName();

    /** How long a delivery waits to connect. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a delivery waits for the response's status once connected. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How often each instance looks for new events and due retries (read by WebhookDispatcher's @Scheduled). */
    @WithDefault("1s")
    String pollEvery();

    /** Whether a write that fired events starts a dispatch on its instance as soon as it commits, instead of at the next poll. */
    @WithDefault("true")
    boolean dispatchOnCommit();

    /**
     * Attempts per delivery (the first and its retries) before it is given up as failed; a redeliver starts again. The
     * default spreads them over more than a day, so that an endpoint that is down is disabled (disable-after) before its
     * deliveries run out, and a delivery that one endpoint keeps refusing while it accepts others still ends.
     */
    @WithDefault("20")
    int maxAttempts();

    /** The wait before the first retry; each further retry waits twice as long, up to max-retry-delay, less up to half at random. */
    @WithDefault("10s")
    Duration firstRetryDelay();

    @WithDefault("6h")
    Duration maxRetryDelay();

    /** An endpoint whose every attempt has failed for this long is disabled, with the reason. */
    @WithDefault("1d")
    Duration disableAfter();
}
