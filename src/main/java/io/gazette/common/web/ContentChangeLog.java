package io.gazette.common.web;

import io.agroal.api.AgroalDataSource;
import io.gazette.common.persistence.DatabaseSchema;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the in-process response caches of all instances sharing a database coherent. Every {@link ContentChanged}
 * is written to content_change in the write's own transaction; every instance reads the rows after the last one it
 * saw each {@code gazette.cache.memory.poll-every} and purges their keys. A polled row rather than PostgreSQL
 * LISTEN/NOTIFY: it works on H2 as well, needs no connection held open outside the pool (a notification sent while
 * a listener reconnects is lost; a row is not), and costs one indexed query on an empty range when nothing changed.
 * <p>
 * Identity values are taken at insert and committed in any order, so a row may appear below one already seen:
 * the ids skipped over are watched for as long as a transaction may last ({@link #GAP_PATIENCE}).
 */
@Singleton
public class ContentChangeLog {

    private static final Logger LOG = Logger.getLogger(ContentChangeLog.class);
    /** Longer than the default transaction timeout (60 s): a row committed later than this is not waited for. */
    static final Duration GAP_PATIENCE = Duration.ofMinutes(2);
    private static final int MAX_GAPS = 10_000;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final DatabaseSchema schema;
    private final ResponseCache cache;
    private final Event<ContentChangedElsewhere> elsewhere;
    private final HttpCacheConfig.Memory config;
    private final Clock clock;

    /** This process, in the rows it writes; its own writes are purged at commit, not again when polled. */
    private final String instance = UUID.randomUUID().toString();
    private ScheduledExecutorService poller;
    /** Touched by the poller thread only (and by tests through {@link #poll()}, hence synchronized). */
    private Long lastSeen;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private Instant lastPrune = Instant.MIN;

    ContentChangeLog(EntityManager entityManager, AgroalDataSource dataSource, DatabaseSchema schema, ResponseCache cache,
                     Event<ContentChangedElsewhere> elsewhere, HttpCacheConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.schema = schema;
        this.cache = cache;
        this.elsewhere = elsewhere;
        this.config = config.memory();
        this.clock = clock;
    }

    /** In the writing transaction: the change commits or rolls back with the write. */
    void record(@Observes ContentChanged change) {
        if (change.keys().isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into content_change (surrogate_keys, instance_id, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, String.join(" ", new TreeSet<>(change.keys())))
                .setParameter(2, instance)
                .setParameter(3, clock.instant())
                .executeUpdate();
    }

    void start(@Observes StartupEvent started) {
        if (!cache.enabled()) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "content-change-poller");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(10, config.pollEvery().toMillis());
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (SQLException | RuntimeException e) {
            // The database is away: nobody can write either. The next poll starts from the same row.
            LOG.debugf("Could not read content_change: %s", e.getMessage());
        }
    }

    /** Reads the rows committed since the last poll and purges their keys; the first poll only finds where the log ends. */
    synchronized void poll() throws SQLException {
        if (!schema.isReady()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (lastSeen == null) {
                try (PreparedStatement last = connection.prepareStatement("select coalesce(max(id), 0) from content_change");
                     ResultSet row = last.executeQuery()) {
                    row.next();
                    lastSeen = row.getLong(1);
                }
                cache.coherent();
                return;
            }
            Instant now = clock.instant();
            gaps.headMap(Long.MAX_VALUE).entrySet().removeIf(gap -> gap.getValue().plus(GAP_PATIENCE).isBefore(now));
            long floor = gaps.isEmpty() ? lastSeen : Math.min(gaps.firstKey() - 1, lastSeen);
            Set<String> keys = new TreeSet<>();
            try (PreparedStatement changes = connection.prepareStatement(
                    "select id, surrogate_keys, instance_id from content_change where id > ? order by id")) {
                changes.setLong(1, floor);
                try (ResultSet rows = changes.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        if (id <= lastSeen) {
                            if (gaps.remove(id) == null) {
                                continue;
                            }
                        } else {
                            for (long skipped = lastSeen + 1; skipped < id && gaps.size() < MAX_GAPS; skipped++) {
                                gaps.put(skipped, now);
                            }
                            lastSeen = id;
                        }
                        if (!instance.equals(rows.getString(3))) {
                            keys.addAll(Arrays.asList(rows.getString(2).split(" ")));
                        }
                    }
                }
            }
            if (!keys.isEmpty()) {
                // Other caches first (list totals), so that a page rendered again after the purge is current.
                elsewhere.fire(new ContentChangedElsewhere(Set.copyOf(keys)));
                cache.purge(keys);
            }
            if (lastPrune.plus(PRUNE_EVERY).isBefore(now)) {
                lastPrune = now;
                try (PreparedStatement prune = connection.prepareStatement("delete from content_change where changed_at < ?")) {
                    prune.setTimestamp(1, Timestamp.from(now.minus(config.keepChanges())));
                    prune.executeUpdate();
                }
            }
        }
    }

    /** For tests: the ids below the last seen one still watched for. */
    synchronized List<Long> gaps() {
        return List.copyOf(gaps.keySet());
    }
}
