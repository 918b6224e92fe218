package io.gazette.support;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar (target/quarkus-app/quarkus-run.jar, built before failsafe runs the *IT classes)
 * started as its own process on fresh ports, for tests that must kill it or start it without a database.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    public final URI base;
    public final URI management;
    public final long launchedNanos;

    private PackagedApp(Process process, Path log, URI base, URI management, long launchedNanos) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.management = management;
        this.launchedNanos = launchedNanos;
    }

    /** Starts the jar with {@code environment} added to this process's own, without waiting for it. */
    public static PackagedApp launch(Path log, Map<String, String> environment) throws IOException {
        return launch(Path.of(System.getProperty("gazette.jar", "target/quarkus-app/quarkus-run.jar")), log, environment);
    }

    /** The PostgreSQL jar (target/quarkus-app-pg, built beside the H2 one unless the ITs are skipped). */
    public static PackagedApp launchPostgres(Path log, Map<String, String> environment) throws IOException {
        return launch(Path.of(System.getProperty("gazette.pg-jar", "target/quarkus-app-pg/quarkus-run.jar")), log, environment);
    }

    private static PackagedApp launch(Path jar, Path log, Map<String, String> environment) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package first");
        }
        int httpPort = freePort();
        int managementPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                // start about twice as fast on a busy 2-core machine; no bearing on what the app does
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.management.port=" + managementPort,
                "-jar", jar.toAbsolutePath().toString());
        builder.environment().remove("QUARKUS_PROFILE");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long launched = System.nanoTime();
        return new PackagedApp(builder.start(), log, URI.create("http://localhost:" + httpPort + "/"),
                URI.create("http://localhost:" + managementPort + "/"), launched);
    }

    /** Waits, bounded by {@link #STARTUP_LIMIT}, until GET {@code uri} answers {@code status}; fails at once if the app exits. */
    public void awaitStatus(URI uri, int status) {
        HttpClient client = WriteLoad.client();
        HttpRequest probe = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        AtomicInteger last = new AtomicInteger();
        try {
            Awaitility.await(uri + " answering " + status)
                    .atMost(STARTUP_LIMIT)
                    .pollInterval(Duration.ofMillis(200))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .failFast("the app exited; see " + log, () -> !process.isAlive())
                    .until(() -> {
                        last.set(client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode());
                        return last.get() == status;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(uri + " did not answer " + status + " within " + STARTUP_LIMIT + " (last " + last + "); see " + log, e);
        }
    }

    public Process process() {
        return process;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL, as a crash or the OOM killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed app did not exit");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
