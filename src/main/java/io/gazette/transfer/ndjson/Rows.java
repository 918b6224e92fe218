package io.gazette.transfer.ndjson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
                "select " + columnList(type.fields()) + " from " + type.table() + " where id > ? order by id limit ?")) {
            select.setLong(1, afterId);
            select.setInt(2, limit);
            readInto(select, type, rows);
        }
        return withChildren(connection, type, rows);
    }

    /** The records of these ids that exist, by id. */
    static Map<Long, Row> byIds(Connection connection, RecordType type, Collection<Long> ids) throws SQLException {
        Map<Long, Row> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + columnList(type.fields()) + " from " + type.table() + " where id in (" + placeholders(ids.size()) + ")")) {
            bindAll(select, 1, ids);
            readInto(select, type, rows);
        }
        withChildren(connection, type, rows).forEach(row -> found.put(row.id(), row));
        return found;
    }

    /** The site, a single row (id 1, made by its migration). */
    static Row site(Connection connection, RecordType type) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select " + columnList(type.fields()) + " from " + type.table() + " where id = 1")) {
            readInto(select, type, rows);
        }
        if (rows.isEmpty()) {
            throw new SQLException("the site row (id 1) is missing");
        }
        Map<String, Object> values = rows.get(0).values();
        for (Child child : type.children()) {
            values.put(child.name(), childrenOf(connection, child, List.of(1L)).getOrDefault(1L, empty(child)));
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
                + " where " + unique.column() + " in (" + placeholders(values.size()) + ")")) {
            int index = 1;
            for (Object value : values) {
                bind(select, index++, unique, value);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    holders.put(read(result, 2, unique), result.getLong(1));
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
        String columns = columnList(type.fields()) + derived.columns().stream().map(c -> ", " + c).collect(Collectors.joining());
        try (PreparedStatement insert = connection.prepareStatement("insert into " + type.table() + " (" + columns + ") values ("
                + placeholders(type.fields().size() + derived.columns().size()) + ")")) {
            for (Row row : rows) {
                bindDerived(insert, bindFields(insert, 1, type.fields(), row.values()), derived, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        insertChildren(connection, type, rows);
    }

    /** Overwrites every field of existing records (the site: its one row) and replaces their children. */
    static void update(Connection connection, RecordType type, List<Row> rows, Derived derived) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<Field> fields = type.fields().stream().filter(f -> f.kind() != Field.Kind.ID).toList();
        String assignments = fields.stream().map(f -> f.column() + " = ?").collect(Collectors.joining(", "))
                + derived.columns().stream().map(c -> ", " + c + " = ?").collect(Collectors.joining());
        try (PreparedStatement update = connection.prepareStatement("update " + type.table() + " set " + assignments + " where id = ?")) {
            for (Row row : rows) {
                int index = bindDerived(update, bindFields(update, 1, fields, row.values()), derived, row);
                update.setLong(index, type.singleton() ? 1L : row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        for (Child child : type.children()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + child.table() + " where " + child.parentColumn() + " = ?")) {
                for (Row row : rows) {
                    delete.setLong(1, type.singleton() ? 1L : row.id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        insertChildren(connection, type, rows);
    }

    /** Writes only the derived columns of existing rows. */
    static void updateDerived(Connection connection, String table, List<Row> rows, Derived derived) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set "
                + derived.columns().stream().map(c -> c + " = ?").collect(Collectors.joining(", ")) + " where id = ?")) {
            for (Row row : rows) {
                update.setLong(bindDerived(update, 1, derived, row), row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void insertChildren(Connection connection, RecordType type, List<Row> rows) throws SQLException {
        for (Child child : type.children()) {
            List<String> columns = new ArrayList<>();
            columns.add(child.parentColumn());
            if (child.orderColumn() != null) {
                columns.add(child.orderColumn());
            }
            child.fields().forEach(f -> columns.add(f.column()));
            try (PreparedStatement insert = connection.prepareStatement("insert into " + child.table() + " (" + String.join(", ", columns)
                    + ") values (" + placeholders(columns.size()) + ")")) {
                boolean any = false;
                for (Row row : rows) {
                    long parent = type.singleton() ? 1L : row.id();
                    for (ChildRow item : items(child, row.get(child.name()))) {
                        insert.setLong(1, parent);
                        int index = 2;
                        if (child.orderColumn() != null) {
                            insert.setObject(index++, item.key());
                        }
                        bindFields(insert, index, child.fields(), item.values());
                        insert.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** One row of a child table: its order or language, and its values. */
    private record ChildRow(Object key, Map<String, Object> values) {
    }

    @SuppressWarnings("unchecked")
    private static List<ChildRow> items(Child child, Object value) {
        List<ChildRow> items = new ArrayList<>();
        switch (child.shape()) {
            case LIST -> {
                List<Map<String, Object>> list = (List<Map<String, Object>>) value;
                for (int i = 0; i < list.size(); i++) {
                    items.add(new ChildRow(i, list.get(i)));
                }
            }
            case IDS -> ((List<Long>) value).forEach(id -> items.add(new ChildRow(null, Map.of(child.fields().get(0).name(), id))));
            case BY_LANGUAGE -> ((Map<String, Map<String, Object>>) value).forEach((language, values) -> items.add(new ChildRow(language, values)));
        }
        return items;
    }

    private static List<Row> withChildren(Connection connection, RecordType type, List<Row> rows) throws SQLException {
        if (rows.isEmpty() || type.children().isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        for (Child child : type.children()) {
            Map<Long, Object> byParent = childrenOf(connection, child, ids);
            rows.forEach(row -> row.values().put(child.name(), byParent.getOrDefault(row.id(), empty(child))));
        }
        return rows;
    }

    private static Object empty(Child child) {
        return child.shape() == Child.Shape.BY_LANGUAGE ? new TreeMap<>() : new ArrayList<>();
    }

    /** The child rows of these parents, shaped as the file writes them: lists in order, ids ascending, languages sorted. */
    @SuppressWarnings("unchecked")
    private static Map<Long, Object> childrenOf(Connection connection, Child child, List<Long> parents) throws SQLException {
        Map<Long, Object> byParent = new HashMap<>();
        String key = child.orderColumn() == null ? "" : ", " + child.orderColumn();
        String order = switch (child.shape()) {
            case LIST -> child.parentColumn() + ", " + child.orderColumn();
            case IDS -> child.parentColumn() + ", " + child.fields().get(0).column();
            case BY_LANGUAGE -> child.parentColumn();
        };
        try (PreparedStatement select = connection.prepareStatement("select " + child.parentColumn() + key + ", " + columnList(child.fields())
                + " from " + child.table() + " where " + child.parentColumn() + " in (" + placeholders(parents.size()) + ") order by " + order)) {
            bindAll(select, 1, parents);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long parent = result.getLong(1);
                    int first = child.orderColumn() == null ? 2 : 3;
                    Map<String, Object> values = readFields(result, first, child.fields());
                    switch (child.shape()) {
                        case LIST -> ((List<Object>) byParent.computeIfAbsent(parent, p -> new ArrayList<>())).add(values);
                        case IDS -> ((List<Object>) byParent.computeIfAbsent(parent, p -> new ArrayList<>())).add(values.values().iterator().next());
                        // Sorted here, not by the database: collations order language tags differently (pt-br, pt)
                        case BY_LANGUAGE -> ((Map<String, Object>) byParent.computeIfAbsent(parent, p -> new TreeMap<>()))
                                .put(result.getString(2), values);
                    }
                }
            }
        }
        return byParent;
    }

    private static void readInto(PreparedStatement select, RecordType type, List<Row> rows) throws SQLException {
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(type, readFields(result, 1, type.fields())));
            }
        }
    }

    private static Map<String, Object> readFields(ResultSet result, int first, List<Field> fields) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            values.put(fields.get(i).name(), read(result, first + i, fields.get(i)));
        }
        return values;
    }

    private static Object read(ResultSet result, int index, Field field) throws SQLException {
        Object value = switch (field.kind()) {
            case ID, LONG, REFERENCE -> result.getLong(index);
            case INT -> result.getInt(index);
            case BOOLEAN -> result.getBoolean(index);
            case INSTANT -> {
                OffsetDateTime time = result.getObject(index, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            case ENUM -> {
                String text = result.getString(index);
                yield text == null ? null : text.toLowerCase(Locale.ROOT);
            }
            case TEXT, HTML, SLUG, REDIRECT_PATH, LANGUAGE -> result.getString(index);
        };
        return result.wasNull() ? null : value;
    }

    private static int bindFields(PreparedStatement statement, int first, List<Field> fields, Map<String, Object> values) throws SQLException {
        int index = first;
        for (Field field : fields) {
            bind(statement, index++, field, values.get(field.name()));
        }
        return index;
    }

    private static void bind(PreparedStatement statement, int index, Field field, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, switch (field.kind()) {
                case ID, LONG, REFERENCE -> Types.BIGINT;
                case INT -> Types.INTEGER;
                case BOOLEAN -> Types.BOOLEAN;
                case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
                default -> Types.VARCHAR;
            });
            return;
        }
        switch (field.kind()) {
            case INSTANT -> statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            case ENUM -> statement.setString(index, ((String) value).toUpperCase(Locale.ROOT));
            default -> statement.setObject(index, value);
        }
    }

    /** Binds the derived values from {@code first} on; the next free index. */
    private static int bindDerived(PreparedStatement statement, int first, Derived derived, Row row) throws SQLException {
        int index = first;
        for (Object value : derived.values().apply(row)) {
            statement.setObject(index++, value);
        }
        return index;
    }

    private static void bindAll(PreparedStatement statement, int first, Collection<Long> ids) throws SQLException {
        int index = first;
        for (Long id : ids) {
            statement.setLong(index++, id);
        }
    }

    private static String columnList(List<Field> fields) {
        return fields.stream().map(Field::column).collect(Collectors.joining(", "));
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
