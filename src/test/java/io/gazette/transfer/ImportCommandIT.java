package io.gazette.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.PackagedApp;
import io.gazette.support.WriteLoad;
import io.gazette.support.WxrFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line on the packaged jar: {@code import wordpress <file> [--dry-run]} into a fresh embedded database,
 * its report and exit codes, then the service started on that database, serving what was imported.
 */
class ImportCommandIT {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "wordpress");

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run cli(Path dataDir, Path logs, String name, String... arguments) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("gazette.jar", "target/quarkus-app/quarkus-run.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("QUARKUS_PROFILE");
        builder.environment().put("GAZETTE_DATA_DIR", dataDir.toAbsolutePath().toString());
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(PackagedApp.STARTUP_LIMIT.toSeconds() * 2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the import did not finish; see " + out);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void assertRow(String stdout, String type, long created, long updated, long unchanged, long skipped, long rejected) {
        Pattern row = Pattern.compile("(?m)^" + type + "\\s+" + created + "\\s+" + updated + "\\s+" + unchanged + "\\s+" + skipped
                + "\\s+" + rejected + "$");
        assertTrue(row.matcher(stdout).find(), "a report row " + type + " " + List.of(created, updated, unchanged, skipped, rejected)
                + " in:\n" + stdout);
    }

    @Test
    void importsAWordPressExportWithAProgressBarAndAReportThenTheServiceServesIt() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "import-command", "run-" + System.nanoTime()));
        Path data = work.resolve("data");
        Path export = FIXTURES.resolve("strategic-council.xml").toAbsolutePath();

        long dryRunDirectories = dryRunDirectories();
        Run dry = cli(data, work, "dry-run", "import", "wordpress", export.toString(), "--dry-run");
        assertEquals(0, dry.exitCode(), dry.stderr());
        assertTrue(dry.stdout().contains("(dry run: nothing was written)"), dry.stdout());
        assertRow(dry.stdout(), "article", 14, 0, 0, 1, 0);
        assertFalse(Files.exists(data), "a dry run leaves no database behind");
        assertEquals(dryRunDirectories, dryRunDirectories(), "nor its temporary one");

        Run first = cli(data, work, "first", "import", "wordpress", export.toString());
        assertEquals(0, first.exitCode(), first.stdout() + first.stderr());
        assertTrue(first.stderr().contains("Importing 100%") && first.stderr().contains("47/47"),
                "the progress bar reaches its end: " + first.stderr());
        assertTrue(Pattern.compile("\\) (\\d+\\.\\d|\\?) items/s").matcher(first.stderr()).find(),
                "a rate such as 47.0 items/s (? within the first second): " + first.stderr());
        assertRow(first.stdout(), "article", 14, 0, 0, 1, 0);
        assertRow(first.stdout(), "comment", 7, 0, 0, 1, 0);
        assertRow(first.stdout(), "author", 4, 0, 0, 0, 0);
        assertTrue(first.stdout().contains("2  shortcodes kept as text"), first.stdout());

        Run again = cli(data, work, "again", "import", "wordpress", export.toString());
        assertEquals(0, again.exitCode(), again.stderr());
        assertRow(again.stdout(), "article", 0, 0, 14, 1, 0);
        assertRow(again.stdout(), "comment", 0, 0, 7, 1, 0);

        // a dry run of another site's file over the database: its writes are rolled back, and the ids they drew given back
        Map<String, Long> counters = counters(data);
        Path other = WxrFixture.file(WxrFixture.forRun("dry"));
        Run dryOver = cli(data, work, "dry-run-over", "import", "wordpress", other.toString(), "--dry-run");
        assertEquals(0, dryOver.exitCode(), dryOver.stdout() + dryOver.stderr());
        assertRow(dryOver.stdout(), "article", 14, 0, 0, 1, 0);
        assertEquals(counters, counters(data), "the id counters are where they were");

        Run malformed = cli(data, work, "malformed", "import", "wordpress", FIXTURES.resolve("malformed.xml").toAbsolutePath().toString());
        assertEquals(3, malformed.exitCode(), malformed.stdout() + malformed.stderr());
        assertTrue(malformed.stderr().contains("Malformed XML at line 18"), malformed.stderr());
        Run unknown = cli(data, work, "unknown-format", "import", "joomla", export.toString());
        assertEquals(2, unknown.exitCode());
        Run missing = cli(data, work, "missing-file", "import", "wordpress", work.resolve("no-such.xml").toString());
        assertEquals(2, missing.exitCode());

        // the service on the same database: the import is there, and no demo content was added to it
        try (PackagedApp app = PackagedApp.launch(work.resolve("app.log"), Map.of("GAZETTE_DATA_DIR", data.toAbsolutePath().toString()))) {
            app.awaitStatus(app.management.resolve("/q/health/ready"), 200);
            HttpResponse<String> article = get(app.base.resolve("/api/v1/articles/germanys-new-defense-policy-guidelines"));
            assertEquals(200, article.statusCode(), article.body());
            assertTrue(article.body().contains("\"publishedAt\":\"2023-11-22T08:00:00Z\""), article.body());
            assertEquals(404, get(app.base.resolve("/api/v1/articles/dry-germanys-new-defense-policy-guidelines")).statusCode(),
                    "nothing of the dry run");
            HttpResponse<String> redirect = get(app.base.resolve("/api/v1/redirects?from=/?p=18"));
            assertEquals(200, redirect.statusCode(), redirect.body());
            HttpResponse<String> demo = get(app.base.resolve("/api/v1/articles/presidents-latin-america-tour-importance-of-scientific-technological-diplomacy"));
            assertTrue(demo.body().contains("\"publishedAt\":\"2023-06-14T06:30:00Z\""), "the imported piece, not the demo's: " + demo.body());

            Run whileServing = cli(data, work, "while-serving", "import", "wordpress", export.toString());
            assertEquals(4, whileServing.exitCode(), whileServing.stdout() + whileServing.stderr());
            assertTrue(whileServing.stderr().contains("is in use by a running Gazette"), whileServing.stderr());
            assertFalse(whileServing.stdout().contains("Importing"));
        }
    }

    /** The next id of each table an import writes, read from the embedded database while no Gazette has it open. */
    private static Map<String, Long> counters(Path data) throws SQLException {
        Map<String, Long> counters = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("gazette"), "gazette", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select table_name, identity_base from information_schema.columns"
                     + " where table_schema = 'PUBLIC' and column_name = 'ID' and identity_base is not null")) {
            while (result.next()) {
                counters.put(result.getString(1), result.getLong(2));
            }
        }
        assertTrue(counters.containsKey("ARTICLE") && counters.get("ARTICLE") > 14, counters.toString());
        return counters;
    }

    private static long dryRunDirectories() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("gazette-dry-run-")).count();
        }
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return WriteLoad.client().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
