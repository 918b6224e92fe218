package io.gazette.transfer.ndjson;

import java.util.Map;

/**
 * One record as values: by field name, children included (a list of value maps, a list of ids, or a map by language).
 * Two rows are the same record exactly when their values are equal, which is how an import tells an unchanged
 * record from an updated one.
 */
record Row(RecordType type, Map<String, Object> values) {

    /** The record's id; null for the site, which is a single row. */
    Long id() {
        return (Long) values.get("id");
    }

    Object get(String field) {
        return values.get(field);
    }
}
