package io.gazette.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.gazette.common.web.SurrogateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes each {@link PublicEvent} to outbox_event in the transaction that fired it. The rows are inserted just before
 * that transaction commits, with positions taken from the event_position counter row then: its row lock, held from
 * there to the commit, orders event-writing transactions by commit, so positions are gap-free and a reader that sees
 * position n has seen all below it. Taking the counter last, rather than at the first event, keeps that lock for the
 * commit only, and a transaction holding it waits for no other row lock (no deadlock with one that holds an article
 * and waits for the counter).
 */
@ApplicationScoped
public class OutboxWriter {

    private static final Object PENDING = new Object();

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;
    private final Clock clock;

    OutboxWriter(EntityManager entityManager, AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions,
                 ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** What a row holds, taken when the event is fired (the payload is the state then). */
    private record Row(PublicEvent event, String payload, String resources, Instant occurredAt) {
    }

    void record(@Observes PublicEvent event) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("A public event is recorded with the write that caused it: " + event.type() + " outside a transaction");
        }
        @SuppressWarnings("unchecked")
        List<Row> pending = (List<Row>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Row> rows = new ArrayList<>();
            pending = rows;
            transactions.putResource(PENDING, rows);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // a transaction marked for rollback is not committing: it takes no positions
                    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        insert(importedAsOne(rows));
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }
        pending.add(new Row(event, write(event.publicRepresentation()), String.join(" ", resources(event)), clock.instant()));
    }

    /**
     * A batch of an import is one event, content.imported: the events its writes fired on the way (an article's
     * revision, a comment count) go into it, their surrogate keys and resources with its own, rather than out one by one.
     */
    private static List<Row> importedAsOne(List<Row> rows) {
        Row imported = rows.stream().filter(row -> row.event().type() == EventType.CONTENT_IMPORTED).findFirst().orElse(null);
        if (imported == null || rows.size() == 1) {
            return rows;
        }
        Set<String> keys = new TreeSet<>();
        Set<String> resources = new LinkedHashSet<>();
        for (Row row : rows) {
            keys.addAll(row.event().purgeKeys());
            if (!row.resources().isEmpty()) {
                resources.addAll(List.of(row.resources().split(" ")));
            }
        }
        PublicEvent event = imported.event();
        return List.of(new Row(new PublicEvent(event.type(), event.subjectKind(), event.subjectId(), keys, event.publicRepresentation()),
                imported.payload(), String.join(" ", resources), imported.occurredAt()));
    }

    /**
     * On the transaction's own connection, taken from the pool rather than through Hibernate, whose session may already
     * have let go of it for the commit.
     */
    private void insert(List<Row> rows) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement take = connection.prepareStatement(
                    "update event_position set last_position = last_position + ? where id = 1")) {
                take.setInt(1, rows.size());
                take.executeUpdate();
            }
            long last;
            try (PreparedStatement read = connection.prepareStatement("select last_position from event_position where id = 1");
                 ResultSet row = read.executeQuery()) {
                row.next();
                last = row.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event (position, type, subject_kind,"
                    + " subject_id, payload, purge_keys, resources, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                long position = last - rows.size();
                for (Row row : rows) {
                    insert.setLong(1, ++position);
                    insert.setString(2, row.event().type().wireName());
                    insert.setString(3, row.event().subjectKind());
                    insert.setLong(4, row.event().subjectId());
                    insert.setString(5, row.payload());
                    insert.setString(6, String.join(" ", new TreeSet<>(row.event().purgeKeys())));
                    insert.setString(7, row.resources());
                    insert.setTimestamp(8, Timestamp.from(row.occurredAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the transaction's public events", e);
        }
    }

    /**
     * The public resources whose representation the change altered: its subject (when that is an article, author or
     * tag), and those whose pages its surrogate keys purge (an article's translations, the authors and tags whose
     * article counts moved, the articles naming a renamed author) that are public now; for an import, every article
     * it names.
     */
    private Set<String> resources(PublicEvent event) {
        Set<String> resources = new LinkedHashSet<>();
        if (event.type().subjectInFeed()) {
            resources.add(event.subjectKind() + ":" + event.subjectId());
        }
        Set<Long> articles = new TreeSet<>();
        Set<String> authors = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        for (String key : event.purgeKeys()) {
            SurrogateKeys.articleOf(key).ifPresent(articles::add);
            SurrogateKeys.authorOf(key).ifPresent(authors::add);
            SurrogateKeys.tagOf(key).ifPresent(tags::add);
        }
        // an import names every article it wrote or whose page it changed: those not public now read as deletes (an
        // article that left public view through it, or a draft the client never had; no content either way)
        ids(event.type() == EventType.CONTENT_IMPORTED ? "select id from article where id in "
                : "select id from article where status = 'PUBLISHED' and id in ", articles)
                .forEach(id -> resources.add(PublicEvent.ARTICLE + ":" + id));
        ids("select id from author where slug in ", authors).forEach(id -> resources.add(PublicEvent.AUTHOR + ":" + id));
        ids("select id from tag where slug in ", tags).forEach(id -> resources.add(PublicEvent.TAG + ":" + id));
        return resources;
    }

    private List<Long> ids(String select, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        entityManager.flush();
        @SuppressWarnings("unchecked")
        List<Number> found = entityManager.createNativeQuery(select + "(?1) order by id").setParameter(1, values).getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    private String write(Object representation) {
        try {
            return json.writeValueAsString(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A public representation is always serialisable", e);
        }
    }
}
