package io.gazette.transfer.ndjson;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records of a table without an id column (the import references), found by several key fields. The file orders them
 * by those fields, text compared by Unicode code point: the one order both databases give the same, asked for as UTF-8
 * bytes (H2 compares text as UTF-16 units, PostgreSQL by its collation).
 */
final class KeyedRows {

    /** Receives the records of an export, a page at a time. */
    interface Pages {
        void accept(List<Row> page) throws IOException;
    }

    private KeyedRows() {
    }

    /** The file's order of two records of one type: key field by key field. */
    static int compare(Row first, Row second) {
        for (String field : first.type().key()) {
            int order = compareValues(first.get(field), second.get(field));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object first, Object second) {
        if (first instanceof String a && second instanceof String b) {
            return compareCodePoints(a, b);
        }
        return ((Comparable) first).compareTo(second);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** Every record of the type in the file's order, read in one statement and handed on {@code page} rows at a time. */
    static long export(Connection connection, RecordType type, int page, Pages pages) throws SQLException, IOException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        String order = type.keyFields().stream()
                .map(field -> postgres ? field.column() + " collate \"C\"" : "cast(" + field.column() + " as varbinary)")
                .collect(Collectors.joining(", "));
        long count = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "select " + Sql.columnList(type.fields()) + " from " + type.table() + " order by " + order)) {
            // in the export's transaction, PostgreSQL's driver then reads through a cursor instead of all at once
            select.setFetchSize(page);
            try (ResultSet result = select.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new Row(type, Values.read(result, 1, type.fields())));
                    if (rows.size() == page) {
                        pages.accept(rows);
                        count += rows.size();
                        rows = new ArrayList<>();
                    }
                }
                pages.accept(rows);
                count += rows.size();
            }
        }
        return count;
    }

    /**
     * The stored records with the keys of these rows, by key, in one statement: {@code (k1, k2, k3) in ((?, ?, ?), ...)},
     * which both databases look up in the primary key (H2 would not for {@code k1 = ? and k2 = ? and k3 in (...)}).
     */
    static Map<Object, Row> byKeys(Connection connection, RecordType type, List<Row> rows) throws SQLException {
        Map<Object, Row> found = new HashMap<>();
        if (rows.isEmpty()) {
            return found;
        }
        List<Field> key = type.keyFields();
        String tuple = "(" + Sql.placeholders(key.size()) + ")";
        try (PreparedStatement select = connection.prepareStatement("select " + Sql.columnList(type.fields()) + " from " + type.table()
                + " where (" + Sql.columnList(key) + ") in (" + String.join(", ", Collections.nCopies(rows.size(), tuple)) + ")")) {
            int index = 1;
            for (Row row : rows) {
                index = Values.bind(select, index, key, row.values());
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Row stored = new Row(type, Values.read(result, 1, type.fields()));
                    found.put(stored.key(), stored);
                }
            }
        }
        return found;
    }
}
