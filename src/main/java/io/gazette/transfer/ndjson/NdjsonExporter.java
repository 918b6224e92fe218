package io.gazette.transfer.ndjson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes everything the database holds, as TransferSchema describes it, one record per line: the header, each type in
 * order by id (or by key, see {@link KeyedRows}), read a page at a time, and an end record with the count. Run in one
 * REPEATABLE READ transaction, so the file is a consistent snapshot even while editors write.
 */
final class NdjsonExporter {

    static final int PAGE = 500;
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private NdjsonExporter() {
    }

    /** The number of records written, header and end record aside. */
    static long export(Connection connection, OutputStream out, Instant exportedAt) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            // Jackson's default puts a space before each record after the first; lines end in \n instead
            json.setRootValueSeparator(null);
            json.writeStartObject();
            json.writeStringField("type", TransferSchema.HEADER);
            json.writeStringField("format", TransferSchema.FORMAT);
            json.writeNumberField("version", TransferSchema.VERSION);
            json.writeStringField("exportedAt", exportedAt.toString());
            json.writeEndObject();
            json.writeRaw('\n');
            long records = 0;
            for (RecordType type : TransferSchema.TYPES) {
                if (type.singleton()) {
                    records += write(json, List.of(Rows.site(connection, type)));
                    continue;
                }
                if (type.compositeKey()) {
                    records += KeyedRows.export(connection, type, PAGE, page -> {
                        write(json, page);
                        json.flush();
                    });
                    continue;
                }
                long after = 0;
                List<Row> page;
                do {
                    page = Rows.page(connection, type, after, PAGE);
                    records += write(json, page);
                    json.flush();
                    if (!page.isEmpty()) {
                        after = page.get(page.size() - 1).id();
                    }
                } while (page.size() == PAGE);
            }
            json.writeStartObject();
            json.writeStringField("type", TransferSchema.END);
            json.writeNumberField("records", records);
            json.writeEndObject();
            json.writeRaw('\n');
            return records;
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int write(JsonGenerator json, List<Row> rows) throws IOException {
        for (Row row : rows) {
            RecordJson.write(json, row);
            json.writeRaw('\n');
        }
        return rows.size();
    }
}
