package io.gazette.transfer.ndjson;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/** The whole publication as NDJSON, streamed: a page of rows at a time, never the whole database in memory. */
@ApplicationScoped
public class NdjsonExport {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(NdjsonExport.class);

    private final AgroalDataSource dataSource;
    private final Clock clock;

    NdjsonExport(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Checks the database before the answer starts, so an outage is a 503 problem rather than a cut-off file. */
    public StreamingOutput export() {
        try (Connection probe = dataSource.getConnection()) {
            probe.getMetaData();
        } catch (SQLException e) {
            throw new IllegalStateException("The database is unavailable", e);
        }
        Instant exportedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return out -> {
            long started = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                long records = NdjsonExporter.export(connection, out, exportedAt);
                LOG.infof("Exported %d records in %d ms", records, (System.nanoTime() - started) / 1_000_000);
            } catch (SQLException e) {
                // the answer has started: the file ends without its end record, which an import refuses
                throw new IOException("The export stopped: " + NdjsonImporter.reason(e), e);
            }
        };
    }
}
