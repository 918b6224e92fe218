package io.gazette.transfer.ndjson;

import java.util.Map;

/**
 * One record as values: by field name, children included (a list of value maps, a list of ids, or a map by language).
 * Two rows are the same record exactly when their values are equal, which is how an import tells an unchanged
 * record from an updated one.
 */
record Row(RecordType type, Map<String, Object> values) {

    /** The record's id; null for the site, which is a single row, and for records found by several fields. */
    Long id() {
        return (Long) values.get("id");
    }

    /** What finds the record's row: its id, or the list of its key fields' values. */
    Object key() {
        return type.compositeKey() ? type.key().stream().map(values::get).toList() : id();
    }

    /** The record as a report names it: its id, or its key fields' values. */
    String label() {
        if (type.singleton()) {
            return type.name();
        }
        return type.compositeKey() ? String.join(" ", type.key().stream().map(field -> String.valueOf(values.get(field))).toList())
                : String.valueOf(id());
    }

    Object get(String field) {
        return values.get(field);
    }
}
