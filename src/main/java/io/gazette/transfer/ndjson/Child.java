package io.gazette.transfer.ndjson;

import java.util.List;

/**
 * Rows of a link or detail table that belong to one record, written inside it: an article's credits (a list in
 * credit order), its tags (ids, ascending), a tag's names or the site's labels (an object by language).
 */
record Child(String name, Shape shape, String table, String parentColumn, String orderColumn, List<Field> fields) {

    enum Shape {
        /** [{...}, ...] in the order of orderColumn. */
        LIST,
        /** [id, ...] ascending: the one field's values. */
        IDS,
        /** {"en": {...}, ...} keyed by the language column (orderColumn), languages in code-point order. */
        BY_LANGUAGE
    }

    static Child list(String name, String table, String parentColumn, String orderColumn, Field... fields) {
        return new Child(name, Shape.LIST, table, parentColumn, orderColumn, List.of(fields));
    }

    static Child ids(String name, String table, String parentColumn, Field field) {
        return new Child(name, Shape.IDS, table, parentColumn, null, List.of(field));
    }

    static Child byLanguage(String name, String table, String parentColumn, String languageColumn, Field... fields) {
        return new Child(name, Shape.BY_LANGUAGE, table, parentColumn, languageColumn, List.of(fields));
    }
}
