package io.gazette.transfer.ndjson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The plain JDBC the transfer code repeats: placeholder lists, id lists bound and cut into chunks. */
final class Sql {

    /** Ids per statement: one batch of records. */
    static final int CHUNK = 500;

    private Sql() {
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static String columnList(List<Field> fields) {
        return fields.stream().map(Field::column).collect(Collectors.joining(", "));
    }

    /** Binds the ids from parameter {@code first} on; the next free index. */
    static int bind(PreparedStatement statement, int first, Collection<Long> ids) throws SQLException {
        int index = first;
        for (Long id : ids) {
            statement.setLong(index++, id);
        }
        return index;
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** The ids {@code sqlBeforeIn} (ending in "in") selects for these ids, in chunks. */
    static List<Long> idsOf(Connection connection, String sqlBeforeIn, Collection<Long> ids) throws SQLException {
        List<Long> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            try (PreparedStatement select = connection.prepareStatement(sqlBeforeIn + " (" + placeholders(chunk.size()) + ")")) {
                bind(select, 1, chunk);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.add(result.getLong(1));
                    }
                }
            }
        }
        return found;
    }
}
