package io.gazette.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Read-only SQL on the current session's connection, through Hibernate's JDBC coordinator (so each statement counts in
 * Hibernate's statistics and is released with the session), but without a Hibernate query: for the hot read paths,
 * where resolving a native query's plan and result mapping cost more than the statement. Hibernate 7 even keys each
 * {@code createNativeQuery(sql, Long.class)} apart, so its plan cache filled with colliding entries.
 */
@ApplicationScoped
public class SqlReads {

    /** :name, but not the second colon of a PostgreSQL cast (::regconfig). */
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([A-Za-z]\\w*)");

    private final EntityManager entityManager;

    SqlReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with named parameters ({@code :name}; a collection becomes one placeholder per element). */
    public void select(String sql, Map<String, ?> parameters, RowReader reader) {
        List<Object> positional = new ArrayList<>();
        Matcher named = NAMED.matcher(sql);
        StringBuilder positionalSql = new StringBuilder();
        while (named.find()) {
            if (!parameters.containsKey(named.group(1))) {
                throw new IllegalArgumentException("No value for :" + named.group(1) + " in " + sql);
            }
            Object value = parameters.get(named.group(1));
            String placeholders = "?";
            if (value instanceof Collection<?> values) {
                positional.addAll(values);
                placeholders = placeholders(values);
            } else {
                positional.add(value);
            }
            named.appendReplacement(positionalSql, placeholders);
        }
        named.appendTail(positionalSql);
        select(positionalSql.toString(), positional, reader);
    }

    /** Runs {@code sql} with positional parameters ({@code ?}). */
    public void select(String sql, List<?> parameters, RowReader reader) {
        JdbcCoordinator jdbc = entityManager.unwrap(SessionImplementor.class).getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                // Drivers take java.time as OffsetDateTime (PostgreSQL's refuses Instant)
                statement.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
            }
            ResultSet rows = jdbc.getResultSetReturn().extract(statement, sql);
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw jdbc.getJdbcSessionOwner().getSqlExceptionHelper().convert(e, "Could not read", sql);
        } finally {
            // Closes the statement and its result set
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    /** "?, ?, ?" for an IN list of these values. */
    public static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
