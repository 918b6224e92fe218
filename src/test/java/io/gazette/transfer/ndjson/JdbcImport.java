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

    private final String url;
    private final String user;
    private final String password;

    private JdbcImport(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static ImportReport run(String url, String user, String password, Path file) {
        return new NdjsonImporter(new JdbcImport(url, user, password), Set.of("en", "es", "fa", "ar"))
                .run(file, new ImportOptions(false), ImportProgress.NONE);
    }

    @Override
    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public void inTransaction(NdjsonImporter.Work work) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
