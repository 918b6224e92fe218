package io.gazette.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The id counters (identity columns) of the tables imports write. Neither database takes back the ids a rolled-back
 * transaction drew, and neither moves past ids written explicitly; these do both, carefully: a counter never goes
 * below an id a row holds.
 */
public final class IdentityCounters {

    /** The tables with an id counter that an import (and the purges it logs) writes to. */
    public static final List<String> IMPORTED = List.of("account", "author", "tag", "article", "article_revision", "article_comment",
            "redirect", "content_change");

    private IdentityCounters() {
    }

    /** The next id each table would give, by table. */
    public static Map<String, Long> next(Connection connection, boolean postgres, List<String> tables) throws SQLException {
        Map<String, Long> next = new LinkedHashMap<>();
        for (String table : tables) {
            next.put(table, next(connection, postgres, table));
        }
        return next;
    }

    /**
     * Moves each counter back to where {@code before} had it, after a dry run rolled back the rows it drew ids for; to
     * just past the highest id when rows were added meanwhile. On PostgreSQL each table is locked against writers for
     * the moment it takes, so no id drawn by a transaction still open is given again.
     */
    public static void restore(Connection connection, boolean postgres, Map<String, Long> before) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Map.Entry<String, Long> table : before.entrySet()) {
                if (postgres) {
                    try (Statement lock = connection.createStatement()) {
                        lock.execute("lock table " + table.getKey() + " in share row exclusive mode");
                    }
                }
                long wanted = Math.max(table.getValue(), 1 + value(connection, "select max(id) from " + table.getKey()));
                if (wanted < next(connection, postgres, table.getKey())) {
                    set(connection, postgres, table.getKey(), wanted);
                }
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Moves a table's counter past the ids an import wrote, so that the next row made through the API does not collide.
     * Never moves it back: ids of deleted rows stay unused, and an article's next id stays above every translation group
     * id too (a group is named after its first article, which may be gone), so a new article never joins an old group by
     * accident.
     */
    public static void advance(Connection connection, boolean postgres, String table) throws SQLException {
        long needed = 1 + value(connection, "select max(id) from " + table);
        if ("article".equals(table)) {
            needed = Math.max(needed, 1 + value(connection, "select max(translation_group_id) from article"));
        }
        if (needed > next(connection, postgres, table)) {
            set(connection, postgres, table, needed);
        }
    }

    private static long next(Connection connection, boolean postgres, String table) throws SQLException {
        if (postgres) {
            return value(connection, "select case when is_called then last_value + 1 else last_value end from " + sequence(connection, table));
        }
        return value(connection, "select identity_base from information_schema.columns where table_schema = 'PUBLIC' and table_name = '"
                + table.toUpperCase(Locale.ROOT) + "' and column_name = 'ID'");
    }

    private static void set(Connection connection, boolean postgres, String table, long next) throws SQLException {
        if (postgres) {
            try (PreparedStatement set = connection.prepareStatement("select setval(?, ?, false)")) {
                set.setString(1, sequence(connection, table));
                set.setLong(2, next);
                set.execute();
            }
        } else {
            try (Statement restart = connection.createStatement()) {
                restart.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    private static String sequence(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select pg_get_serial_sequence('" + table + "', 'id')")) {
            result.next();
            return result.getString(1);
        }
    }

    private static long value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
