package io.gazette.transfer.ndjson;

import io.agroal.api.AgroalDataSource;
import io.gazette.support.ImportJobClient;
import io.gazette.transfer.ImportFormat;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportRejected;
import io.gazette.transfer.ImportReport;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tests' one way into the NDJSON import: as a client does, POST /api/v1/imports then GET /api/v1/imports/{id} until
 * the job has finished ({@link ImportJobClient}), its report read back as an {@link ImportReport}, and a failed job (a
 * file refused whole) thrown as the {@link ImportRejected} it failed with.
 */
final class Imports {

    private Imports() {
    }

    static ImportReport run(Path file) {
        return run(file, false);
    }

    static ImportReport run(Path file, boolean dryRun) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonPath job = ImportJobClient.run("?format=ndjson" + (dryRun ? "&dryRun=true" : ""), "application/x-ndjson", content);
        if (!"succeeded".equals(job.getString("state"))) {
            throw new ImportRejected(job.getString("error.message"), number(job, "error.line"), number(job, "error.column"));
        }
        ImportReport report = new ImportReport();
        Map<String, Map<String, Integer>> counts = job.getMap("report.counts");
        counts.forEach((type, byOutcome) -> byOutcome.forEach((outcome, count) -> {
            ImportOutcome counted = ImportOutcome.valueOf(outcome.toUpperCase(Locale.ROOT));
            for (int i = 0; counted != ImportOutcome.REJECTED && i < count; i++) {
                report.count(type, counted);
            }
        }));
        List<Map<String, String>> problems = job.getList("report.problems");
        problems.forEach(problem -> report.reject(problem.get("type"), problem.get("sourceId"), problem.get("reason")));
        Map<String, Integer> tallies = job.getMap("report.tallies");
        tallies.forEach(report::tally);
        return report;
    }

    private static long number(JsonPath job, String path) {
        Number number = job.get(path);
        return number == null ? 0 : number.longValue();
    }

    /** Reads the whole file as the job's counting step does, through the format bean (no job: it writes nothing). */
    static long count(Path file) {
        return Arc.container().select(ImportFormat.class).stream().filter(format -> format.name().equals("ndjson")).findFirst()
                .orElseThrow().countItems(file);
    }

    static Path file(String content) {
        try {
            Path file = Files.createTempFile("gazette-import-", ".ndjson");
            file.toFile().deleteOnExit();
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes everything an export holds and counts ids from 1 again, as a fresh database would (the site row stays,
     * unset, as its migration made it).
     */
    static void emptyDatabase() {
        try (Connection connection = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : new String[] {"import_reference", "redirect", "article_comment", "article_revision", "article_tag", "article_author", "article",
                    "tag_translation", "tag", "author", "api_key", "account", "site_label", "idempotent_request"}) {
                statement.executeUpdate("delete from " + table);
            }
            for (String table : new String[] {"redirect", "article_comment", "article_revision", "article", "tag", "author", "api_key", "account"}) {
                statement.execute("alter table " + table + " alter column id restart with 1");
            }
            statement.executeUpdate("update site set name = null, description = null, url = null, logo_url = null, default_language = null, version = 0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
