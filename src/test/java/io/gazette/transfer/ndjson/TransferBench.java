package io.gazette.transfer.ndjson;

import io.gazette.transfer.ImportReport;
import java.nio.file.Path;

/**
 * src/bench/export-import.sh's import step: the application's NdjsonImporter over JDBC ({@link JdbcImport}), timed.
 * Arguments: JDBC URL, user, password, file.
 */
public final class TransferBench {

    private TransferBench() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        long records = NdjsonReader.count(Path.of(args[3]), java.util.Set.of("en", "es", "fa", "ar"));
        long counted = System.nanoTime();
        ImportReport report = JdbcImport.run(args[0], args[1], args[2], Path.of(args[3]));
        long done = System.nanoTime();
        double checkSeconds = (counted - started) / 1e9;
        double importSeconds = (done - counted) / 1e9;
        System.out.printf("records %d%ncheck_seconds %.2f%nimport_seconds %.2f%nrecords_per_second %.0f%ncounts %s%nproblems %d%n",
                records, checkSeconds, importSeconds, records / importSeconds, report.counts(), report.problems().size());
    }
}
