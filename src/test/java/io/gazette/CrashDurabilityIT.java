package io.gazette;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gazette.support.WriteLoad;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durable on the embedded H2 database: runs the packaged jar, kills it with
 * SIGKILL while writers are busy, starts it again on the same data directory and reads back every
 * write that was answered 2xx. The app's output goes to target/crash-durability/run-&lt;time&gt;/app-&lt;n&gt;.log.
 */
class CrashDurabilityIT {

    private static final String TOKEN = "crash-durability-token";
    private static final int CRASHES = 2;
    private static final int WRITERS = 4;
    private static final Duration WRITING = Duration.ofMillis(2500);
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

    private Process app;
    private final List<Long> startMillis = new ArrayList<>();

    @AfterEach
    void killApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void keepsEveryAcknowledgedWriteAcrossKillNine() throws Exception {
        long began = System.nanoTime();
        Path jar = Path.of(System.getProperty("gazette.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run ./mvnw package first");
        Path run = Files.createDirectories(Path.of("target", "crash-durability"))
                .resolve("run-" + System.currentTimeMillis());
        Path dataDir = Files.createDirectories(run.resolve("data"));

        List<String> acknowledged = new ArrayList<>();
        URI base = start(jar, dataDir, run.resolve("app-1.log"));
        for (int crash = 1; crash <= CRASHES; crash++) {
            WriteLoad load = WriteLoad.start(base, TOKEN, "crash" + crash + "-" + System.currentTimeMillis(), WRITERS);
            waitWhileWriting(load);
            app.destroyForcibly();
            load.stop();
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the killed app did not exit");
            acknowledged.addAll(load.acknowledged());

            base = start(jar, dataDir, run.resolve("app-" + (crash + 1) + ".log"));
            List<String> lost = WriteLoad.readBack(base, TOKEN, acknowledged).missing();
            System.out.printf("CrashDurabilityIT crash %d: acknowledged %d (%d this round), lost %d; "
                            + "requests this round: %s%n", crash, acknowledged.size(), load.acknowledgedCount(),
                    lost.size(), load.outcomes());
            assertTrue(lost.isEmpty(), lost.size() + " of " + acknowledged.size()
                    + " acknowledged writes missing after crash " + crash + ", among them "
                    + lost.subList(0, Math.min(5, lost.size())) + "; app logs in " + run);
        }
        assertTrue(acknowledged.size() > 0, "no write was acknowledged, so nothing was proved");
        System.out.printf("CrashDurabilityIT: acknowledged %d, lost 0, over %d crashes in %d ms (starts took %s ms)%n",
                acknowledged.size(), CRASHES, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), startMillis);
    }

    /** Lets the writers run for a while (at least until some writes are acknowledged), bounded. */
    private void waitWhileWriting(WriteLoad load) throws InterruptedException {
        long start = System.nanoTime();
        long limit = start + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() - start < WRITING.toNanos() || load.acknowledgedCount() < 20) {
            if (System.nanoTime() - limit > 0 || !app.isAlive()) {
                fail("writers got only " + load.acknowledgedCount() + " acknowledgements: " + load.outcomes());
            }
            Thread.sleep(50);
        }
    }

    /** Starts the jar on {@code dataDir} with fresh ports and waits (bounded) until it answers reads. */
    private URI start(Path jar, Path dataDir, Path log) throws IOException, InterruptedException {
        int httpPort = freePort();
        int managementPort = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                // start about twice as fast on a busy 2-core machine; no bearing on what reaches the file
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + httpPort,
                // only used when the management interface is enabled; keeps it off the default 9000
                "-Dquarkus.management.port=" + managementPort,
                "-jar", jar.toAbsolutePath().toString());
        builder.environment().remove("QUARKUS_PROFILE");
        builder.environment().put("GAZETTE_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("GAZETTE_ADMIN_TOKEN", TOKEN);
        builder.environment().put("GAZETTE_DEMO_CONTENT", "false");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long launched = System.nanoTime();
        app = builder.start();

        URI base = URI.create("http://localhost:" + httpPort + "/");
        HttpClient client = WriteLoad.client();
        HttpRequest probe = HttpRequest.newBuilder(base.resolve("/api/v1/tags?size=1"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = launched + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!app.isAlive()) {
                fail("the app exited with " + app.exitValue() + " while starting; see " + log);
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched));
                    return base;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the app did not answer within " + STARTUP_LIMIT + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
