package io.gazette.transfer.ndjson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of link and detail tables written inside a record (see {@link Child}), read and written with it. */
final class ChildRows {

    private ChildRows() {
    }

    /** Deletes the children of these records, before they are written again. */
    static void delete(Connection connection, RecordType type, List<Row> rows) throws SQLException {
        for (Child child : type.children()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + child.table() + " where " + child.parentColumn() + " = ?")) {
                for (Row row : rows) {
                    delete.setLong(1, type.singleton() ? 1L : row.id());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    /** Inserts the children of these records. */
    static void insert(Connection connection, RecordType type, List<Row> rows) throws SQLException {
        for (Child child : type.children()) {
            List<String> columns = new ArrayList<>();
            columns.add(child.parentColumn());
            if (child.orderColumn() != null) {
                columns.add(child.orderColumn());
            }
            child.fields().forEach(f -> columns.add(f.column()));
            try (PreparedStatement insert = connection.prepareStatement("insert into " + child.table() + " (" + String.join(", ", columns)
                    + ") values (" + Sql.placeholders(columns.size()) + ")")) {
                boolean any = false;
                for (Row row : rows) {
                    long parent = type.singleton() ? 1L : row.id();
                    for (ChildRow item : items(child, row.get(child.name()))) {
                        insert.setLong(1, parent);
                        int index = 2;
                        if (child.orderColumn() != null) {
                            insert.setObject(index++, item.key());
                        }
                        Values.bind(insert, index, child.fields(), item.values());
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

    /** The records with their children read in. */
    static List<Row> attach(Connection connection, RecordType type, List<Row> rows) throws SQLException {
        if (rows.isEmpty() || type.children().isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        for (Child child : type.children()) {
            Map<Long, Object> byParent = of(connection, child, ids);
            rows.forEach(row -> row.values().put(child.name(), byParent.getOrDefault(row.id(), empty(child))));
        }
        return rows;
    }

    static Object empty(Child child) {
        return child.shape() == Child.Shape.BY_LANGUAGE ? new TreeMap<>() : new ArrayList<>();
    }

    /** The child rows of these parents, shaped as the file writes them: lists in order, ids ascending, languages sorted. */
    @SuppressWarnings("unchecked")
    static Map<Long, Object> of(Connection connection, Child child, List<Long> parents) throws SQLException {
        Map<Long, Object> byParent = new HashMap<>();
        String key = child.orderColumn() == null ? "" : ", " + child.orderColumn();
        String order = switch (child.shape()) {
            case LIST -> child.parentColumn() + ", " + child.orderColumn();
            case IDS -> child.parentColumn() + ", " + child.fields().get(0).column();
            case BY_LANGUAGE -> child.parentColumn();
        };
        try (PreparedStatement select = connection.prepareStatement("select " + child.parentColumn() + key + ", " + Sql.columnList(child.fields())
                + " from " + child.table() + " where " + child.parentColumn() + " in (" + Sql.placeholders(parents.size()) + ") order by " + order)) {
            Sql.bind(select, 1, parents);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long parent = result.getLong(1);
                    int first = child.orderColumn() == null ? 2 : 3;
                    Map<String, Object> values = Values.read(result, first, child.fields());
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
}
