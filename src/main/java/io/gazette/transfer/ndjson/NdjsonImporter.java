package io.gazette.transfer.ndjson;

import io.gazette.common.error.DatabaseOutage;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.redirect.RedirectPaths;
import io.gazette.transfer.IdentityCounters;
import io.gazette.transfer.ImportOptions;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportProgress;
import io.gazette.transfer.ImportReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Imports an NDJSON export, a batch of records per transaction. Each record is matched by id: a new id is created with
 * that id (so references, ETags and the next export stay as they were), an id that holds the same record (same slug,
 * username, article) is left alone when equal and overwritten when not, and an id or slug that belongs to something
 * else here is refused, as is everything that points to a refused record. Into an empty database that creates
 * everything; the same file again changes nothing; a newer export of the same publication updates what changed.
 * Nothing is deleted. A batch the database refuses is retried a record at a time, so one bad record costs only itself.
 */
final class NdjsonImporter {

    static final int BATCH = Sql.CHUNK;
    private static final Logger LOG = Logger.getLogger(NdjsonImporter.class);

    /** Where an import writes. */
    interface Database {

        boolean postgres();

        /**
         * Runs {@code work} on one connection in a transaction of its own, committed when it returns and rolled back
         * when it throws; the keys it returns are the surrogate keys of the public pages it changed.
         */
        void inTransaction(Work work) throws SQLException;
    }

    interface Work {
        Set<String> run(Connection connection) throws SQLException;
    }

    /** What the import does with one record. */
    record Decision(Row row, ImportOutcome outcome, String reason) {
    }

    private final Database database;
    private final Set<String> languages;
    private Decisions decisions;
    private ImportReport report;
    private ImportProgress progress;
    private boolean dryRun;

    NdjsonImporter(Database database, Set<String> languages) {
        this.database = database;
        this.languages = Set.copyOf(languages);
    }

    long count(Path file) {
        return NdjsonReader.count(file, languages);
    }

    ImportReport run(Path file, ImportOptions options, ImportProgress progress) {
        // The whole file is checked before the first write, whoever calls
        NdjsonReader.count(file, languages);
        this.report = new ImportReport();
        this.progress = progress;
        this.dryRun = options.dryRun();
        this.decisions = new Decisions(report);
        try (NdjsonReader reader = new NdjsonReader(file, languages)) {
            List<Row> batch = new ArrayList<>();
            for (Row row = reader.next(); row != null; row = reader.next()) {
                RecordType type = batch.isEmpty() ? null : batch.get(0).type();
                if (type != null && (type != row.type() || batch.size() == BATCH)) {
                    importBatch(batch);
                    batch = new ArrayList<>();
                    if (type != row.type()) {
                        typeDone(type);
                    }
                }
                batch.add(row);
            }
            if (!batch.isEmpty()) {
                importBatch(batch);
                typeDone(batch.get(0).type());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The import stopped: " + reason(e), e);
        }
        return report;
    }

    private void typeDone(RecordType type) throws SQLException {
        if (!dryRun && type.hasId()) {
            database.inTransaction(connection -> {
                IdentityCounters.advance(connection, database.postgres(), type.table());
                return Set.of();
            });
        }
    }

    private void importBatch(List<Row> batch) throws SQLException {
        List<Decision> decisions = new ArrayList<>();
        try {
            database.inTransaction(connection -> {
                decisions.clear();
                Set<String> keys = new TreeSet<>();
                decisions.addAll(this.decisions.decide(connection, batch));
                if (!dryRun) {
                    write(connection, decisions, keys);
                }
                return keys;
            });
        } catch (SQLException | RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                throw e;
            }
            if (batch.size() > 1) {
                for (Row row : batch) {
                    importBatch(List.of(row));
                }
                return;
            }
            LOG.debugf(e, "%s %s refused by the database", batch.get(0).type().name(), batch.get(0).label());
            decisions.clear();
            decisions.add(new Decision(batch.get(0), ImportOutcome.REJECTED, "the database refused it: " + reason(e)));
        }
        for (Decision decision : decisions) {
            String type = decision.row().type().name();
            if (decision.outcome() == ImportOutcome.REJECTED) {
                report.reject(type, decision.row().label(), decision.reason());
                this.decisions.refused(decision.row());
            } else {
                report.count(type, decision.outcome());
            }
            progress.itemDone(type, decision.outcome());
        }
    }

    private void write(Connection connection, List<Decision> decisions, Set<String> keys) throws SQLException {
        RecordType type = decisions.get(0).row().type();
        List<Row> created = rowsWith(decisions, ImportOutcome.CREATED);
        List<Row> updated = rowsWith(decisions, ImportOutcome.UPDATED);
        if (created.isEmpty() && updated.isEmpty()) {
            return;
        }
        Rows.Derived derived = switch (type.name()) {
            case TransferSchema.ARTICLE -> {
                List<Row> articles = new ArrayList<>(created);
                articles.addAll(updated);
                yield ArticleRecords.searchColumns(connection, articles, keys);
            }
            case TransferSchema.COMMENT -> {
                Rows.Derived places = CommentRecords.places(connection, decisions);
                created = rowsWith(decisions, ImportOutcome.CREATED);
                updated = rowsWith(decisions, ImportOutcome.UPDATED);
                yield places;
            }
            case TransferSchema.REDIRECT -> new Rows.Derived(List.of("from_hash"), row -> List.of(RedirectPaths.hash((String) row.get("from"))));
            default -> Rows.Derived.NONE;
        };
        Rows.insert(connection, type, created, derived);
        Rows.update(connection, type, updated, derived);
        List<Row> written = new ArrayList<>(created);
        written.addAll(updated);
        switch (type.name()) {
            case TransferSchema.SITE -> keys.add(SurrogateKeys.SITE);
            case TransferSchema.AUTHOR, TransferSchema.TAG -> ArticleRecords.namesWritten(connection, type, written, updated, keys);
            case TransferSchema.ARTICLE -> ArticleRecords.written(connection, written, keys);
            case TransferSchema.COMMENT -> CommentRecords.written(connection, written, keys);
            case TransferSchema.REDIRECT -> {
                // a lookup (404s included) carries the key redirects, an answer its article's key too
                keys.add(SurrogateKeys.REDIRECTS);
                written.forEach(row -> keys.add(SurrogateKeys.article((Long) row.get("article"))));
            }
            default -> {
                // accounts and revisions are on no public page
            }
        }
    }

    private static List<Row> rowsWith(List<Decision> decisions, ImportOutcome outcome) {
        return decisions.stream().filter(d -> d.outcome() == outcome).map(Decision::row).toList();
    }

    /** The database's own words, without the statement some drivers append. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int statement = message.indexOf("; SQL statement:");
        if (statement >= 0) {
            message = message.substring(0, statement);
        }
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }
}
