package io.gazette.transfer.ndjson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Moves a table's identity past the ids an import wrote, which neither database does by itself for explicit ids, so
 * that the next row made through the API does not collide. Never moves it back: ids of deleted rows stay unused, and an
 * article's next id stays above every translation group id too (a group is named after its first article, which may be
 * gone), so a new article never joins an old group by accident.
 */
final class Identities {

    private Identities() {
    }

    static void advance(Connection connection, boolean postgres, String table) throws SQLException {
        long needed = 1 + max(connection, "select max(id) from " + table);
        if ("article".equals(table)) {
            needed = Math.max(needed, 1 + max(connection, "select max(translation_group_id) from article"));
        }
        if (postgres) {
            String sequence = text(connection, "select pg_get_serial_sequence('" + table + "', 'id')");
            long next = max(connection, "select case when is_called then last_value + 1 else last_value end from " + sequence);
            if (needed > next) {
                try (PreparedStatement set = connection.prepareStatement("select setval(?, ?, false)")) {
                    set.setString(1, sequence);
                    set.setLong(2, needed);
                    set.execute();
                }
            }
        } else {
            long next = max(connection, "select identity_base from information_schema.columns where table_schema = 'PUBLIC' and table_name = '"
                    + table.toUpperCase(java.util.Locale.ROOT) + "' and column_name = 'ID'");
            if (needed > next) {
                try (Statement restart = connection.createStatement()) {
                    restart.execute("alter table " + table + " alter column id restart with " + needed);
                }
            }
        }
    }

    private static long max(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
