package io.gazette.common.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure of the database connection (server down, restarting, unreachable, pool exhausted
 * while it is so) from a failure of the request, so that the client gets a 503 to retry instead of a 500.
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before retrying; a PostgreSQL restart takes about two. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /** Whether a connection failure is among the causes, or the suppressed exceptions (a failed commit keeps it there). */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, new IdentityHashMap<>());
    }

    private static boolean causedBy(Throwable failure, Map<Throwable, Boolean> seen) {
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionFailure(sql)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (causedBy(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost cause, for a log line without a stack trace. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
            return state.startsWith("08") || state.startsWith("57P");
        }
        // Agroal's pool reports a connection it could not get in time without an SQLState.
        String message = e.getMessage();
        return message != null && message.contains("cquisition timeout");
    }
}
