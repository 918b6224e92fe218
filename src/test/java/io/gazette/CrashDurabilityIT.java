package io.gazette;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gazette.support.PackagedApp;
import io.gazette.support.WriteLoad;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private PackagedApp app;
    private final List<Long> startMillis = new ArrayList<>();

    @AfterEach
    void killApp() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void keepsEveryAcknowledgedWriteAcrossKillNine() throws Exception {
        long began = System.nanoTime();
        Path run = Files.createDirectories(Path.of("target", "crash-durability"))
                .resolve("run-" + System.currentTimeMillis());
        Path dataDir = Files.createDirectories(run.resolve("data"));

        List<String> acknowledged = new ArrayList<>();
        URI base = start(dataDir, run.resolve("app-1.log"));
        for (int crash = 1; crash <= CRASHES; crash++) {
            WriteLoad load = WriteLoad.start(base, TOKEN, "crash" + crash + "-" + System.currentTimeMillis(), WRITERS);
            waitWhileWriting(load);
            app.kill();
            load.stop();
            acknowledged.addAll(load.acknowledged());

            base = start(dataDir, run.resolve("app-" + (crash + 1) + ".log"));
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

    /** Lets the writers run for a while, then until some writes are acknowledged (bounded). */
    private void waitWhileWriting(WriteLoad load) {
        Awaitility.await("20 acknowledged writes")
                .pollDelay(WRITING)
                .pollInterval(Duration.ofMillis(50))
                .atMost(PackagedApp.STARTUP_LIMIT)
                .failFast("the app exited", () -> !app.process().isAlive())
                .until(() -> load.acknowledgedCount() >= 20);
    }

    /** Starts the jar on {@code dataDir} and waits (bounded) until it answers reads. */
    private URI start(Path dataDir, Path log) throws IOException, InterruptedException {
        app = PackagedApp.launch(log, Map.of(
                "GAZETTE_DATA_DIR", dataDir.toAbsolutePath().toString(),
                "GAZETTE_ADMIN_TOKEN", TOKEN,
                "GAZETTE_DEMO_CONTENT", "false"));
        app.awaitStatus(app.base.resolve("/api/v1/tags?size=1"), 200);
        startMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - app.launchedNanos));
        return app.base;
    }
}
