package io.gazette.transfer.cli;

import io.agroal.api.AgroalDataSource;
import io.gazette.common.persistence.DatabaseKind;
import io.gazette.common.persistence.DatabaseSchema;
import io.gazette.transfer.IdentityCounters;
import io.gazette.transfer.ImportFormat;
import io.gazette.transfer.ImportFormats;
import io.gazette.transfer.ImportOptions;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportRejected;
import io.gazette.transfer.ImportReport;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;

/**
 * {@code java -jar quarkus-run.jar import wordpress <file> [--dry-run]}: counts the file's items (which checks it
 * whole), imports it with a progress bar (items done of all, rate, elapsed and remaining time) on stderr, and prints
 * the report as a table on stdout. See {@link ImportArguments} for the exit codes.
 */
public class ImportCommand implements QuarkusApplication {

    public static final String NAME = "import";
    static final int SOME_REFUSED = 1;
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int FILE_REFUSED = 3;
    static final int DATABASE_UNUSABLE = 4;
    private static final String[] OUTCOMES = Arrays.stream(ImportOutcome.values()).map(o -> o.name().toLowerCase(Locale.ROOT))
            .toArray(String[]::new);

    @Inject
    ImportFormats formats;

    @Inject
    DatabaseSchema schema;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseKind databaseKind;

    /** A dry run's own embedded database, when there was none to look at: deleted once Quarkus has stopped. */
    private static Path dryRunDirectory;

    /** Settings for an import run, set before Quarkus starts; and a stop when the embedded database is in use. */
    public static void prepare(String... args) {
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("quarkus.management.host-enabled", "false");
        System.setProperty("gazette.demo-content", "false");
        System.setProperty("quarkus.banner.enabled", "false");
        System.setProperty("quarkus.scheduler.enabled", "false");
        // the import's events wait in the outbox for the service to deliver them: this process ends with the import
        System.setProperty("gazette.webhooks.dispatch-on-commit", "false");
        if (System.getProperty("quarkus.log.level") == null) {
            System.setProperty("quarkus.log.level", "ERROR");
        }
        Path database = Path.of(System.getProperty("gazette.data-dir", System.getenv().getOrDefault("GAZETTE_DATA_DIR", "./data")),
                "gazette.mv.db");
        if (Files.exists(database) && !unlocked(database)) {
            System.err.println("The embedded database " + database.toAbsolutePath().normalize() + " is in use by a running Gazette."
                    + " Stop it and run the import again, or send the file to the running service: POST /api/v1/imports.");
            System.exit(DATABASE_UNUSABLE);
        }
        if (!Files.exists(database) && Arrays.asList(args).contains("--dry-run")) {
            // what the import would do into a new database, without leaving one behind
            try {
                dryRunDirectory = Files.createTempDirectory("gazette-dry-run-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("gazette.data-dir", dryRunDirectory.toString());
        }
    }

    /** Runs after Quarkus has stopped (its database closed), before the process exits. */
    public static void stopped() {
        if (dryRunDirectory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dryRunDirectory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("Could not delete the dry run's temporary database " + dryRunDirectory + ": " + e.getMessage());
        }
    }

    /** Whether no other process holds H2's lock on the file (H2 locks it for as long as it has it open). */
    private static boolean unlocked(Path database) {
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw"); FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public int run(String... args) {
        ImportArguments arguments = new ImportArguments();
        CommandLine line = new CommandLine(arguments).setCaseInsensitiveEnumValuesAllowed(true);
        try {
            line.parseArgs(Arrays.copyOfRange(args, 1, args.length));
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            line.usage(System.err);
            return USAGE;
        }
        if (line.isUsageHelpRequested()) {
            line.usage(System.out);
            return 0;
        }
        if (line.isVersionHelpRequested()) {
            line.printVersionHelp(System.out);
            return 0;
        }
        ImportFormat format = formats.named(arguments.format).orElse(null);
        if (format == null) {
            System.err.println("Unknown format '" + arguments.format + "': one of " + String.join(", ", formats.names()));
            return USAGE;
        }
        if (!Files.isRegularFile(arguments.file) || !Files.isReadable(arguments.file)) {
            System.err.println("No readable file " + arguments.file);
            return USAGE;
        }
        if (!schema.isReady()) {
            System.err.println("The database cannot be used: " + schema.problem());
            return DATABASE_UNUSABLE;
        }
        if (!arguments.dryRun) {
            return importFile(format, arguments.file, false);
        }
        // a dry run's writes are rolled back, but not the ids they drew: those are given back afterwards
        Map<String, Long> counters = counters(connection -> IdentityCounters.next(connection, databaseKind.isPostgres(), IdentityCounters.IMPORTED));
        try {
            return importFile(format, arguments.file, true);
        } finally {
            counters(connection -> {
                IdentityCounters.restore(connection, databaseKind.isPostgres(), counters);
                return counters;
            });
        }
    }

    private interface CounterWork {
        Map<String, Long> run(Connection connection) throws SQLException;
    }

    private Map<String, Long> counters(CounterWork work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The id counters could not be read or set: " + e.getMessage(), e);
        }
    }

    private static int importFile(ImportFormat format, Path file, boolean dryRun) {
        PrintStream out = System.out;
        long started = System.nanoTime();
        ImportReport report;
        try {
            long total = format.countItems(file);
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName(dryRun ? "Dry run" : "Importing")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" items", 1)
                    .showSpeed(rate())
                    .setUpdateIntervalMillis(250)
                    .continuousUpdate()
                    .build()) {
                report = format.run(file, new ImportOptions(dryRun), (type, outcome) -> bar.step());
            }
        } catch (ImportRejected rejected) {
            System.err.println("The file was refused, nothing was written: " + rejected.getMessage());
            return FILE_REFUSED;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        printReport(out, format, file, dryRun, report, took);
        return report.total(ImportOutcome.REJECTED) > 0 ? SOME_REFUSED : 0;
    }

    /** The bar's rate, such as 134.2 (the library's default pattern, #.0, writes .0 while nothing is done yet). */
    static DecimalFormat rate() {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    static void printReport(PrintStream out, ImportFormat format, Path file, boolean dryRun, ImportReport report, Duration took) {
        long items = report.total();
        double seconds = Math.max(took.toMillis(), 1) / 1000.0;
        out.printf(Locale.ROOT, "%n%s import of %s%s: %d items in %.1f s (%.0f items/s)%n%n", format.name(), file.getFileName(),
                dryRun ? " (dry run: nothing was written)" : "", items, seconds, items / seconds);
        int width = Math.max(8, report.counts().keySet().stream().mapToInt(String::length).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + width + "s", "");
        for (String outcome : OUTCOMES) {
            out.printf(Locale.ROOT, " %10s", outcome);
        }
        out.println();
        for (Map.Entry<String, Map<ImportOutcome, Long>> row : report.counts().entrySet()) {
            out.printf(Locale.ROOT, "%-" + width + "s", row.getKey());
            for (ImportOutcome outcome : ImportOutcome.values()) {
                out.printf(Locale.ROOT, " %10d", row.getValue().getOrDefault(outcome, 0L));
            }
            out.println();
        }
        if (!report.tallies().isEmpty()) {
            out.println();
            report.tallies().forEach((name, count) -> out.printf(Locale.ROOT, "%8d  %s%n", count, name));
        }
        if (!report.problems().isEmpty()) {
            out.printf(Locale.ROOT, "%nRefused (%d):%n", report.problems().size());
            report.problems().forEach(problem -> out.printf(Locale.ROOT, "  %s %s: %s%n", problem.type(), problem.sourceId(),
                    problem.reason()));
        }
    }
}
