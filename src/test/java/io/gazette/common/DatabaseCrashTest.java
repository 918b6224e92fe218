package io.gazette.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.gazette.support.InjectEmbeddedPostgres;
import io.gazette.support.PostgresTestResource;
import io.gazette.support.TestData;
import io.gazette.support.WriteLoad;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durable on PostgreSQL: kills the embedded server with SIGKILL while writers
 * are busy, starts it again on the same data directory and port, and reads back every write that
 * was answered 2xx. Runs on the PostgreSQL pass when the suite started the embedded server; on H2
 * CrashDurabilityIT kills the whole application instead.
 */
@QuarkusTest
class DatabaseCrashTest {

    private static final int WRITERS = 4;
    private static final Duration WRITING = Duration.ofMillis(2500);
    private static final int MIN_ACKNOWLEDGED = 20;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @InjectEmbeddedPostgres
    PostgresTestResource postgres;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL url;

    @Test
    void keepsEveryAcknowledgedWriteWhenPostgresCrashes() throws Exception {
        assumeTrue(ConfigProvider.getConfig().getOptionalValue(PostgresTestResource.DATA_DIR_PROPERTY, String.class)
                .isPresent(), "needs the embedded PostgreSQL of the PostgreSQL pass");
        assertNotNull(postgres, "the embedded PostgreSQL runs but was not injected");
        long began = System.nanoTime();
        URI base = url.toURI();
        String token = TestData.EDITOR_TOKEN;
        System.out.println("DatabaseCrashTest: PostgreSQL " + settings());

        WriteLoad load = WriteLoad.start(base, token, TestData.unique("pgcrash"), WRITERS);
        boolean crashed = false;
        try {
            long writing = System.nanoTime();
            await("writes acknowledged before the crash", () -> load.acknowledgedCount() >= MIN_ACKNOWLEDGED
                    && System.nanoTime() - writing >= WRITING.toNanos());
            long killing = System.nanoTime();
            postgres.crash();
            crashed = true;
            long down = System.nanoTime();
            await("answers to writes sent while PostgreSQL is down", () -> load.finishedSince(down) >= WRITERS);
            load.stop();
            long stopped = System.nanoTime();
            Map<String, String> downAnswers = new TreeMap<>();
            downAnswers.put("GET /api/v1/tags/{slug}", statusOf(base, firstTag(load.acknowledged())));
            downAnswers.put("GET /api/v1/tags", statusOf(base, "/api/v1/tags"));
            URI management = URI.create("http://localhost:"
                    + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class) + "/");
            String readiness = statusOf(management, "/q/health/ready");
            String liveness = statusOf(management, "/q/health/live");
            Map<String, Long> writesWhileDown = load.outcomesSentSince(down);
            System.out.println("DatabaseCrashTest: while PostgreSQL was down, writes got " + writesWhileDown
                    + " (slowest " + load.slowestSinceMillis(down) + " ms), reads got " + downAnswers
                    + ", readiness " + readiness + ", liveness " + liveness);
            assertEquals(Set.of("503"), writesWhileDown.keySet(), "writes while the database is down are 503s");
            assertEquals(Set.of("503"), Set.copyOf(downAnswers.values()), "reads while the database is down are 503s");
            assertEquals("503", readiness, "readiness is DOWN while the database is");
            assertEquals("200", liveness, "liveness stays UP while the database is down");
            System.out.printf("DatabaseCrashTest: writing %d ms, killing %d ms, writes while down %d ms, reads while down %d ms%n",
                    ms(killing - writing), ms(down - killing), ms(stopped - down), ms(System.nanoTime() - stopped));

            long restarting = System.nanoTime();
            // zonky logs an error here: closing the old instance runs pg_ctl stop on a dead server
            postgres.restart();
            crashed = false;
            List<String> answersUntilRecovered = new ArrayList<>();
            String probe = firstTag(load.acknowledged());
            await("reads answered again after the restart", () -> {
                String status = statusOf(base, probe);
                answersUntilRecovered.add(status);
                return status.equals("200");
            });
            System.out.printf("DatabaseCrashTest: reads answered %d ms after the restart began; answers until then %s%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarting), answersUntilRecovered);

            List<String> acknowledged = load.acknowledged();
            WriteLoad.ReadBack readBack = WriteLoad.readBack(base, token, acknowledged);
            System.out.printf("DatabaseCrashTest: acknowledged %d, lost %d (reads tried again after a failure: %d); "
                            + "writes before the crash %s; %d ms%n", acknowledged.size(), readBack.missing().size(),
                    readBack.retriedReads(), load.outcomesSentBefore(down),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
            List<String> lost = readBack.missing();
            assertFalse(load.outcomesSentBefore(Long.MAX_VALUE).containsKey("500"), "no request ever got a 500");
            assertTrue(lost.isEmpty(), lost.size() + " of " + acknowledged.size()
                    + " acknowledged writes missing after the crash, among them " + lost.subList(0, Math.min(5, lost.size())));
        } finally {
            load.stop();
            if (crashed) {
                postgres.restart();
            }
            // Pooled connections opened before the crash are dead: drop them now rather than let
            // the tests after this one each meet one.
            dataSource.flush(AgroalDataSource.FlushMode.INVALID);
        }
    }

    private String settings() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            StringBuilder settings = new StringBuilder();
            for (String name : List.of("synchronous_commit", "fsync", "server_version")) {
                try (ResultSet result = statement.executeQuery("SHOW " + name)) {
                    assertTrue(result.next());
                    settings.append(name).append('=').append(result.getString(1)).append(' ');
                }
            }
            return settings.toString().trim();
        }
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static String firstTag(List<String> paths) {
        return paths.stream().filter(path -> path.startsWith("/api/v1/tags/")).findFirst().orElseThrow();
    }

    private static String statusOf(URI base, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15)).GET().build();
        try {
            return Integer.toString(WriteLoad.client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Polls until the condition holds, at most LIMIT. */
    private static void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(LIMIT).pollInterval(Duration.ofMillis(100)).until(condition);
    }
}
