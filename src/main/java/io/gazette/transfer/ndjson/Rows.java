package io.gazette.transfer.ndjson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads records from their tables and writes them back, over plain JDBC, so ids, versions and times stay as they are. */
final class Rows {

    private Rows() {
    }

    /** Up to {@code limit} records with ids above {@code afterId}, by id, children included. */
    static List<Row> page(Connection connection, RecordType type, long afterId, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + Sql.columnList(type.fields()) + " from " + type.table() + " where id > ? order by id limit ?")) {
            select.setLong(1, afterId);
            select.setInt(2, limit);
            readInto(select, type, rows);
        }
        return ChildRows.attach(connection, type, rows);
    }

    /** The records of these ids that exist, by id. */
    static Map<Long, Row> byIds(Connection connection, RecordType type, Collection<Long> ids) throws SQLException {
        Map<Long, Row> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + Sql.columnList(type.fields()) + " from " + type.table() + " where id in (" + Sql.placeholders(ids.size()) + ")")) {
            Sql.bind(select, 1, ids);
            readInto(select, type, rows);
        }
        ChildRows.attach(connection, type, rows).forEach(row -> found.put(row.id(), row));
        return found;
    }

    /** The site, a single row (id 1, made by its migration). */
    static Row site(Connection connection, RecordType type) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + Sql.columnList(type.fields()) + " from " + type.table() + " where id = 1")) {
            readInto(select, type, rows);
        }
        if (rows.isEmpty()) {
            throw new SQLException("the site row (id 1) is missing");
        }
        Map<String, Object> values = rows.get(0).values();
        for (Child child : type.children()) {
            values.put(child.name(), ChildRows.of(connection, child, List.of(1L)).getOrDefault(1L, ChildRows.empty(child)));
        }
        return rows.get(0);
    }

    /** The ids holding each of these values of the type's unique field. */
    static Map<Object, Long> holders(Connection connection, RecordType type, Collection<?> values) throws SQLException {
        Map<Object, Long> holders = new HashMap<>();
        if (type.unique() == null || values.isEmpty()) {
            return holders;
        }
        Field unique = type.field(type.unique()).orElseThrow();
        try (PreparedStatement select = connection.prepareStatement("select id, " + unique.column() + " from " + type.table()
                + " where " + unique.column() + " in (" + Sql.placeholders(values.size()) + ")")) {
            int index = 1;
            for (Object value : values) {
                Values.bind(select, index++, unique, value);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    holders.put(Values.read(result, 2, unique), result.getLong(1));
                }
            }
        }
        return holders;
    }

    /** Values of columns the file leaves out (TransferSchema.DERIVED), computed by the import for each row it writes. */
    record Derived(List<String> columns, Function<Row, List<Object>> values) {
        static final Derived NONE = new Derived(List.of(), row -> List.of());
    }

    /** Inserts the records with their ids, and their children. */
    static void insert(Connection connection, RecordType type, List<Row> rows, Derived derived) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String columns = Sql.columnList(type.fields()) + derived.columns().stream().map(c -> ", " + c).collect(Collectors.joining());
        try (PreparedStatement insert = connection.prepareStatement("insert into " + type.table() + " (" + columns + ") values ("
                + Sql.placeholders(type.fields().size() + derived.columns().size()) + ")")) {
            for (Row row : rows) {
                Values.bindDerived(insert, Values.bind(insert, 1, type.fields(), row.values()), derived, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        ChildRows.insert(connection, type, rows);
    }

    /** Overwrites every field of existing records, found by their key (the site: its one row), and replaces their children. */
    static void update(Connection connection, RecordType type, List<Row> rows, Derived derived) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Field> key = type.keyFields();
        List<Field> fields = type.fields().stream().filter(f -> !key.contains(f)).toList();
        String assignments = fields.stream().map(f -> f.column() + " = ?").collect(Collectors.joining(", "))
                + derived.columns().stream().map(c -> ", " + c + " = ?").collect(Collectors.joining());
        String where = type.singleton() ? "id = 1" : key.stream().map(f -> f.column() + " = ?").collect(Collectors.joining(" and "));
        try (PreparedStatement update = connection.prepareStatement("update " + type.table() + " set " + assignments + " where " + where)) {
            for (Row row : rows) {
                int index = Values.bindDerived(update, Values.bind(update, 1, fields, row.values()), derived, row);
                Values.bind(update, index, key, row.values());
                update.addBatch();
            }
            update.executeBatch();
        }
        ChildRows.delete(connection, type, rows);
        ChildRows.insert(connection, type, rows);
    }

    /** Writes only the derived columns of existing rows. */
    static void updateDerived(Connection connection, String table, List<Row> rows, Derived derived) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set "
                + derived.columns().stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + " where id = ?")) {
            for (Row row : rows) {
                update.setLong(Values.bindDerived(update, 1, derived, row), row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void readInto(PreparedStatement select, RecordType type, List<Row> rows) throws SQLException {
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(type, Values.read(result, 1, type.fields())));
            }
        }
    }
}
