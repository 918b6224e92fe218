package io.gazette.webhook;

import io.agroal.api.AgroalDataSource;
import io.gazette.common.persistence.UntilSchemaReady;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers webhooks from the outbox, at least once. Each round, on any number of instances sharing the database:
 * <ol>
 * <li>fan-out: the instance that locks webhook_fanout (FOR UPDATE SKIP LOCKED; the others skip it) turns the events
 * committed since its last position into one delivery per subscribed active endpoint;</li>
 * <li>claim: due deliveries are locked with FOR UPDATE SKIP LOCKED and their next attempt moved past the request's
 * timeouts (a lease) before the lock is let go, so exactly one instance sends each attempt, and an attempt cut off by a
 * crash is taken up again by any instance once the lease has passed;</li>
 * <li>send, outside any transaction (no row stays locked while a receiver is slow), then record the attempt: a 2xx
 * succeeds; anything else is retried with exponential backoff and jitter, up to the attempt limit, and an endpoint that
 * has failed for gazette.webhooks.disable-after is disabled with the reason.</li>
 * </ol>
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int FAN_OUT_BATCH = 1000;
    private static final int CLAIM_BATCH = 50;
    private static final int CLAIM_ROUNDS = 20;
    private static final int SENDERS = 8;
    /** Beyond the request's own timeouts, before another instance may take over an attempt. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(5);

    private final AgroalDataSource dataSource;
    private final WebhookSender sender;
    private final WebhookAttempts attempts;
    private final WebhookConfig config;
    private final Clock clock;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private ExecutorService senders;
    private ExecutorService waker;

    WebhookDispatcher(AgroalDataSource dataSource, WebhookSender sender, WebhookAttempts attempts, WebhookConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.sender = sender;
        this.attempts = attempts;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        AtomicInteger threads = new AtomicInteger();
        senders = Executors.newFixedThreadPool(SENDERS, runnable -> daemon(runnable, "webhook-sender-" + threads.incrementAndGet()));
        waker = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "webhook-wake"));
    }

    void stop(@Observes ShutdownEvent stopping) {
        senders.shutdownNow();
        waker.shutdownNow();
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Scheduled(identity = "webhook-dispatch", skipExecutionIf = UntilSchemaReady.class, every = "${gazette.webhooks.poll-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        dispatchQuietly();
    }

    /** A round soon, on this instance: after a write here committed events (gazette.webhooks.dispatch-on-commit). */
    void wake() {
        if (config.dispatchOnCommit() && waker != null && wakePending.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakePending.set(false);
                dispatchQuietly();
            });
        }
    }

    private void dispatchQuietly() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            // The database is away, most likely: the next round starts where this one stopped.
            LOG.debugf("Webhook dispatch round failed: %s", e.getMessage());
        }
    }

    /**
     * One round: fan out new events, then send the due attempts and record them, a batch at a time, until fewer than a
     * batch are due (at most {@link #CLAIM_ROUNDS} batches). Returns the attempts made.
     */
    public int dispatch() {
        while (fanOut() == FAN_OUT_BATCH) {
            // caught up in batches, each its own transaction
        }
        int made = 0;
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            int batch = sendDue();
            made += batch;
            if (batch < CLAIM_BATCH) {
                break;
            }
        }
        return made;
    }

    private int sendDue() {
        List<WebhookSender.Delivery> claimed = claim();
        List<Future<?>> sent = new ArrayList<>();
        for (WebhookSender.Delivery delivery : claimed) {
            sent.add(senders.submit(() -> record(delivery, sender.send(delivery))));
        }
        for (Future<?> attempt : sent) {
            try {
                attempt.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claimed.size();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warnf(e.getCause(), "Could not record a webhook attempt; it is retried once its lease has passed");
            }
        }
        return claimed.size();
    }

    /** Turns up to a batch of new events into deliveries; returns how many events it read (0 when another instance holds the cursor). */
    private int fanOut() {
        return QuarkusTransaction.requiringNew().call(() -> jdbc(connection -> {
            record Subscriber(long id, List<String> events, long fromPosition) {
            }
            List<Subscriber> subscribers = new ArrayList<>();
            try (PreparedStatement endpoints = connection.prepareStatement(
                    "select id, events, from_position from webhook_endpoint where active = true");
                 ResultSet row = endpoints.executeQuery()) {
                while (row.next()) {
                    subscribers.add(new Subscriber(row.getLong(1), List.of(row.getString(2).split(" ")), row.getLong(3)));
                }
            }
            if (subscribers.isEmpty()) {
                // Nothing to fan out to, and nothing written: an endpoint registered later starts after its from_position
                return 0;
            }
            Long last = null;
            try (PreparedStatement lock = connection.prepareStatement(
                    "select last_position from webhook_fanout where id = 1 for update skip locked");
                 ResultSet row = lock.executeQuery()) {
                if (row.next()) {
                    last = row.getLong(1);
                }
            }
            if (last == null) {
                return 0;
            }
            // events up to the oldest subscriber's from_position go to nobody: start after them
            long reached = Math.max(last, subscribers.stream().mapToLong(Subscriber::fromPosition).min().orElse(last));
            int read = 0;
            Instant now = now();
            try (PreparedStatement events = connection.prepareStatement("select position, type from outbox_event"
                    + " where position > ? order by position limit " + FAN_OUT_BATCH);
                 PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery (endpoint_id, event_position, status,"
                         + " attempts, round_attempts, next_attempt_at, created_at) values (?, ?, 'PENDING', 0, 0, ?, ?)")) {
                events.setLong(1, reached);
                try (ResultSet row = events.executeQuery()) {
                    while (row.next()) {
                        read++;
                        reached = row.getLong(1);
                        for (Subscriber subscriber : subscribers) {
                            // an endpoint receives what happened after its registration
                            if (subscriber.events().contains(row.getString(2)) && reached > subscriber.fromPosition()) {
                                insert.setLong(1, subscriber.id());
                                insert.setLong(2, reached);
                                insert.setTimestamp(3, Timestamp.from(now));
                                insert.setTimestamp(4, Timestamp.from(now));
                                insert.addBatch();
                            }
                        }
                    }
                }
                insert.executeBatch();
            }
            if (reached > last) {
                try (PreparedStatement advance = connection.prepareStatement("update webhook_fanout set last_position = ? where id = 1")) {
                    advance.setLong(1, reached);
                    advance.executeUpdate();
                }
            }
            return read;
        }));
    }

    private List<WebhookSender.Delivery> claim() {
        return QuarkusTransaction.requiringNew().call(() -> jdbc(connection -> {
            Instant now = now();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement due = connection.prepareStatement("select id from webhook_delivery where status = 'PENDING'"
                    + " and next_attempt_at <= ? and endpoint_id in (select id from webhook_endpoint where active = true)"
                    + " order by next_attempt_at, id limit " + CLAIM_BATCH + " for update skip locked")) {
                due.setTimestamp(1, Timestamp.from(now));
                try (ResultSet row = due.executeQuery()) {
                    while (row.next()) {
                        ids.add(row.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.<WebhookSender.Delivery>of();
            }
            String in = String.join(",", ids.stream().map(id -> "?").toList());
            Instant lease = now.plus(config.connectTimeout()).plus(config.requestTimeout()).plus(LEASE_MARGIN);
            try (PreparedStatement take = connection.prepareStatement("update webhook_delivery set attempts = attempts + 1,"
                    + " round_attempts = round_attempts + 1, next_attempt_at = ? where id in (" + in + ")")) {
                take.setTimestamp(1, Timestamp.from(lease));
                for (int i = 0; i < ids.size(); i++) {
                    take.setLong(i + 2, ids.get(i));
                }
                take.executeUpdate();
            }
            List<WebhookSender.Delivery> claimed = new ArrayList<>();
            try (PreparedStatement read = connection.prepareStatement("select d.id, d.attempts, d.round_attempts, e.id, e.url, e.secret,"
                    + " o.position, o.type, o.occurred_at, o.payload, o.purge_keys from webhook_delivery d"
                    + " join webhook_endpoint e on e.id = d.endpoint_id join outbox_event o on o.position = d.event_position"
                    + " where d.id in (" + in + ") order by d.id")) {
                for (int i = 0; i < ids.size(); i++) {
                    read.setLong(i + 1, ids.get(i));
                }
                try (ResultSet row = read.executeQuery()) {
                    while (row.next()) {
                        claimed.add(new WebhookSender.Delivery(row.getLong(1), row.getInt(2), row.getInt(3), row.getLong(4),
                                row.getString(5), row.getString(6), row.getLong(7), row.getString(8), row.getTimestamp(9).toInstant(),
                                row.getString(10), row.getString(11)));
                    }
                }
            }
            return claimed;
        }));
    }

    private void record(WebhookSender.Delivery delivery, WebhookSender.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> jdbc(connection -> {
            attempts.record(connection, delivery, outcome, now());
            return null;
        }));
    }

    /** Whole microseconds, as the database keeps them (it would round the rest, and a due row could look a little later than now). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T jdbc(JdbcWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Webhook dispatch: " + e.getMessage(), e);
        }
    }
}
