package io.gazette.transfer.ndjson;

import io.gazette.transfer.ImportOptions;
import io.gazette.transfer.ImportProgress;
import io.gazette.transfer.ImportReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;

/**
 * The NDJSON import run from a test process straight against a database a packaged jar serves, over plain JDBC: the
 * import step of {@link TransferRoundTripIT} until the packaged jar has an import entry point of its own (the import
 * job endpoint, POST /api/v1/imports, on another branch of issue 14). The code that imports is the application's
 * NdjsonImporter; only the transactions differ (no application purges: nothing is cached before the import).
 */
final class JdbcImport implements NdjsonImporter.Database {

    private final Connection connection;
    private final boolean postgres;

    private JdbcImport(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    /** One connection for the whole import, as the application's pool would lend (an embedded H2 closes with its last one). */
    static ImportReport run(String url, String user, String password, Path file) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            return new NdjsonImporter(new JdbcImport(connection, url.startsWith("jdbc:postgresql:")), Set.of("en", "es", "fa", "ar"))
                    .run(file, new ImportOptions(false), ImportProgress.NONE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean postgres() {
        return postgres;
    }

    @Override
    public void inTransaction(NdjsonImporter.Work work) throws SQLException {
        try {
            work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }
}
