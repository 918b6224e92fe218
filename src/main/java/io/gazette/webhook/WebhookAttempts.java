package io.gazette.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * What an attempt's outcome does to its delivery and endpoint, in the dispatcher's transaction: the attempt is logged; a
 * 2xx succeeds; anything else is retried with exponential backoff and jitter up to the attempt limit; an endpoint that
 * has failed for gazette.webhooks.disable-after is disabled with the reason. Each attempt counts in
 * {@code gazette_webhook_attempts_total{outcome=succeeded|retrying|failed}} on /q/metrics, and one that failed is
 * logged with its reason (a delivery given up as a warning).
 */
@ApplicationScoped
class WebhookAttempts {

    private static final Logger LOG = Logger.getLogger(WebhookAttempts.class);

    private final WebhookConfig config;
    private final Map<DeliveryStatus, Counter> outcomes = new EnumMap<>(DeliveryStatus.class);

    WebhookAttempts(WebhookConfig config, MeterRegistry registry) {
        this.config = config;
        for (DeliveryStatus status : List.of(DeliveryStatus.SUCCEEDED, DeliveryStatus.PENDING, DeliveryStatus.FAILED)) {
            outcomes.put(status, Counter.builder("gazette.webhook.attempts")
                    .description("Webhook delivery attempts by what they left the delivery as")
                    .tag("outcome", status == DeliveryStatus.PENDING ? "retrying" : status.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    void record(Connection connection, WebhookSender.Delivery delivery, WebhookSender.Outcome outcome, Instant now) throws SQLException {
        try (PreparedStatement attempt = connection.prepareStatement("insert into webhook_attempt (delivery_id, attempt_number,"
                + " attempted_at, status_code, latency_ms, response_excerpt, error) values (?, ?, ?, ?, ?, ?, ?)")) {
            attempt.setLong(1, delivery.id());
            attempt.setInt(2, delivery.attempt());
            attempt.setTimestamp(3, Timestamp.from(outcome.attemptedAt()));
            attempt.setObject(4, outcome.statusCode());
            attempt.setLong(5, outcome.latencyMillis());
            attempt.setString(6, outcome.responseExcerpt());
            attempt.setString(7, outcome.error());
            attempt.executeUpdate();
        }
        boolean succeeded = outcome.succeeded();
        boolean givenUp = !succeeded && delivery.roundAttempt() >= config.maxAttempts();
        DeliveryStatus status = succeeded ? DeliveryStatus.SUCCEEDED : givenUp ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        outcomes.get(status).increment();
        if (givenUp) {
            LOG.warnf("Webhook delivery %d of event %s to endpoint %d given up after attempt %d: %s", delivery.id(), delivery.eventId(),
                    delivery.endpointId(), delivery.attempt(), outcome.error());
        } else if (!succeeded) {
            LOG.infof("Webhook delivery %d of event %s to endpoint %d, attempt %d failed, to be retried: %s", delivery.id(),
                    delivery.eventId(), delivery.endpointId(), delivery.attempt(), outcome.error());
        }
        // Only while the attempt is still this one: a redeliver or a takeover after the lease has started another.
        try (PreparedStatement update = connection.prepareStatement("update webhook_delivery set status = ?, next_attempt_at = ?"
                + " where id = ? and attempts = ?")) {
            update.setString(1, status.name());
            update.setTimestamp(2, succeeded || givenUp ? null : Timestamp.from(now.plus(retryDelay(delivery.roundAttempt()))));
            update.setLong(3, delivery.id());
            update.setInt(4, delivery.attempt());
            update.executeUpdate();
        }
        if (succeeded) {
            try (PreparedStatement healthy = connection.prepareStatement(
                    "update webhook_endpoint set failing_since = null where id = ? and failing_since is not null")) {
                healthy.setLong(1, delivery.endpointId());
                healthy.executeUpdate();
            }
        } else {
            failing(connection, delivery.endpointId(), outcome, now);
        }
    }

    /** Notes the first failure since the last success, and disables the endpoint once it has failed for disable-after. */
    private void failing(Connection connection, long endpointId, WebhookSender.Outcome outcome, Instant now) throws SQLException {
        try (PreparedStatement since = connection.prepareStatement(
                "update webhook_endpoint set failing_since = ? where id = ? and failing_since is null")) {
            since.setTimestamp(1, Timestamp.from(outcome.attemptedAt()));
            since.setLong(2, endpointId);
            since.executeUpdate();
        }
        Instant failingSince = null;
        try (PreparedStatement read = connection.prepareStatement("select failing_since from webhook_endpoint where id = ? and active = true")) {
            read.setLong(1, endpointId);
            try (ResultSet row = read.executeQuery()) {
                if (row.next()) {
                    failingSince = row.getTimestamp(1).toInstant();
                }
            }
        }
        if (failingSince != null && !failingSince.plus(config.disableAfter()).isAfter(now)) {
            try (PreparedStatement disable = connection.prepareStatement("update webhook_endpoint set active = false, disabled_reason = ?,"
                    + " updated_at = ?, version = version + 1 where id = ?")) {
                String reason = "Every attempt failed since " + failingSince + "; the last: " + outcome.error();
                disable.setString(1, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                disable.setTimestamp(2, Timestamp.from(now));
                disable.setLong(3, endpointId);
                disable.executeUpdate();
            }
            LOG.warnf("Webhook endpoint %d disabled: it has failed since %s", endpointId, failingSince);
        }
    }

    /** Exponential: first-retry-delay doubled per attempt made, at most max-retry-delay, less up to half of it at random. */
    Duration retryDelay(int attemptsMade) {
        long max = config.maxRetryDelay().toMillis();
        long delay = Math.min(max, config.firstRetryDelay().toMillis());
        for (int made = 1; made < attemptsMade && delay < max; made++) {
            delay = Math.min(max, delay * 2);
        }
        return Duration.ofMillis(delay - ThreadLocalRandom.current().nextLong(delay / 2 + 1));
    }
}
