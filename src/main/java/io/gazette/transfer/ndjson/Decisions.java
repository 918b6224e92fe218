package io.gazette.transfer.ndjson;

import io.gazette.common.text.HtmlSanitizer;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportReport;
import io.gazette.transfer.ndjson.NdjsonImporter.Decision;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an import does with each record, from what the database holds now and what the import refused before it:
 * created (a new id), unchanged or updated (the same record), or refused (an id or slug that is something else here,
 * or a record pointing to a refused one).
 */
final class Decisions {

    private final ImportReport report;
    /** The ids refused so far, by record type. */
    private final Map<String, Set<Long>> rejected = new HashMap<>();

    Decisions(ImportReport report) {
        this.report = report;
    }

    /** Remembers a refused record, so that what points to it is refused too. */
    void refused(Row row) {
        if (row.id() == null) {
            return;
        }
        rejected.computeIfAbsent(row.type().name(), t -> new HashSet<>()).add(row.id());
    }

    /** Created, updated, unchanged or refused, for each record of the batch, from what the database holds now. */
    List<Decision> decide(Connection connection, List<Row> batch) throws SQLException {
        RecordType type = batch.get(0).type();
        batch.forEach(this::clean);
        List<Decision> decisions = new ArrayList<>();
        if (type.singleton()) {
            Row row = batch.get(0);
            decisions.add(new Decision(row, row.equals(Rows.site(connection, type)) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED, null));
            return decisions;
        }
        Map<Object, Row> existing = type.compositeKey() ? KeyedRows.byKeys(connection, type, batch)
                : new HashMap<>(Rows.byIds(connection, type, batch.stream().map(Row::id).toList()));
        Map<Object, Long> holders = Rows.holders(connection, type, type.unique() == null ? List.of()
                : batch.stream().filter(row -> !existing.containsKey(row.key())).map(row -> row.get(type.unique())).toList());
        Set<Long> refusedHere = new HashSet<>();
        for (Row row : batch) {
            String reason = missingReference(row, refusedHere);
            Row current = existing.get(row.key());
            ImportOutcome outcome;
            if (reason != null) {
                outcome = ImportOutcome.REJECTED;
            } else if (current != null) {
                reason = type.identity().stream().filter(field -> !Objects.equals(current.get(field), row.get(field))).findFirst()
                        .map(field -> "id " + row.id() + " is the " + type.name() + " with " + field + " " + show(current.get(field))
                                + " in this database, " + show(row.get(field)) + " in the file: the file comes from another publication")
                        .orElse(null);
                outcome = reason != null ? ImportOutcome.REJECTED : current.equals(row) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
            } else {
                Long holder = type.unique() == null ? null : holders.get(row.get(type.unique()));
                if (holder != null) {
                    reason = type.unique() + " " + show(row.get(type.unique())) + " belongs to " + type.name() + " " + holder + " in this database";
                }
                outcome = reason != null ? ImportOutcome.REJECTED : ImportOutcome.CREATED;
            }
            if (outcome == ImportOutcome.REJECTED && row.id() != null) {
                refusedHere.add(row.id());
            }
            decisions.add(new Decision(row, outcome, reason));
        }
        return decisions;
    }

    /** Article HTML goes through the sanitiser, as on every write; a Gazette export's bodies are clean already. */
    private void clean(Row row) {
        for (Field field : row.type().fields()) {
            if (field.kind() == Field.Kind.HTML && row.get(field.name()) != null) {
                String body = (String) row.get(field.name());
                String clean = HtmlSanitizer.clean(body);
                if (!clean.equals(body)) {
                    row.values().put(field.name(), clean);
                    report.tally("cleanedBodies", 1);
                }
            }
        }
    }

    /** Why the record cannot be imported because of another one refused before it; null when it can. */
    private String missingReference(Row row, Set<Long> refusedHere) {
        if (row.type().name().equals(TransferSchema.IMPORT_REFERENCE)) {
            String target = TransferSchema.REFERENCE_TARGETS.get((String) row.get("kind"));
            if (target != null && rejected.getOrDefault(target, Set.of()).contains((Long) row.get("target"))) {
                return "target " + row.get("target") + ": that " + target + " was not imported";
            }
        }
        for (Field field : row.type().references()) {
            Set<Long> refused = rejected.getOrDefault(field.references(), Set.of());
            boolean sameType = field.references().equals(row.type().name());
            for (Long id : referencedIds(row, field)) {
                if (refused.contains(id) || sameType && refusedHere.contains(id)) {
                    return field.name() + " " + id + ": that " + field.references() + " was not imported";
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> referencedIds(Row row, Field field) {
        if (row.type().fields().contains(field)) {
            Long id = (Long) row.get(field.name());
            return id == null ? List.of() : List.of(id);
        }
        Child child = row.type().children().stream().filter(c -> c.fields().contains(field)).findFirst().orElseThrow();
        Object items = row.get(child.name());
        return child.shape() == Child.Shape.IDS ? (List<Long>) items
                : ((List<Map<String, Object>>) items).stream().map(item -> (Long) item.get(field.name())).toList();
    }


    private static String show(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }
}
