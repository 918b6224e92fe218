package io.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.PackagedApp;
import io.gazette.support.WriteLoad;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started before its database exists: it must come up (liveness UP, readiness DOWN),
 * answer 503 problems with Retry-After instead of 500s, and become ready and writable once the
 * database arrives, with a create retried under its Idempotency-Key stored once. The database is H2
 * served over TCP by this test, so it can be absent and then arrive.
 */
class LateDatabaseIT {

    private static final String TOKEN = "late-database-token";

    @Test
    void startsWithoutItsDatabaseAnswers503sAndBecomesReadyWhenItArrives() throws Exception {
        Path run = Files.createDirectories(Path.of("target", "late-database", "run-" + System.nanoTime()));
        int databasePort = PackagedApp.freePort();
        String name = "Late tag " + System.nanoTime();
        String body = "{\"name\": \"" + name + "\"}";
        Server database = null;
        try (PackagedApp app = PackagedApp.launch(run.resolve("app.log"), Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:tcp://localhost:" + databasePort + "/gazette;WRITE_DELAY=0",
                "GAZETTE_ADMIN_TOKEN", TOKEN,
                "GAZETTE_DEMO_CONTENT", "true"))) {
            app.awaitStatus(app.management.resolve("/q/health/live"), 200);
            assertEquals(503, get(app.management.resolve("/q/health/ready")).statusCode(), "not ready without a database");

            HttpResponse<String> read = get(app.base.resolve("/api/v1/tags"));
            assertOutage(read);
            HttpResponse<String> write = createTag(app.base, body);
            assertOutage(write);

            database = Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-baseDir",
                    run.resolve("db").toAbsolutePath().toString(), "-ifNotExists").start();
            app.awaitStatus(app.management.resolve("/q/health/ready"), 200);

            HttpResponse<String> retried = createTag(app.base, body);
            assertEquals(201, retried.statusCode(), retried.body());
            HttpResponse<String> again = createTag(app.base, body);
            assertEquals(201, again.statusCode(), again.body());
            assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null), "the retry replays the create");
            HttpResponse<String> tags = get(app.base.resolve("/api/v1/tags?size=100"));
            assertEquals(200, tags.statusCode());
            assertEquals(1, tags.body().split(name, -1).length - 1, "exactly one tag named " + name + ": " + tags.body());
            assertTrue(get(app.base.resolve("/api/v1/articles?size=1")).body().contains("\"items\":[{"),
                    "the demo content was loaded once the schema was ready");
        } finally {
            if (database != null) {
                database.stop();
            }
        }
    }

    private static void assertOutage(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("5", response.headers().firstValue("Retry-After").orElse(null));
        assertTrue(response.body().contains("\"status\":503"), response.body());
    }

    private static HttpResponse<String> createTag(URI base, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/tags")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .header("Idempotency-Key", "late-database-tag")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return WriteLoad.client().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        return WriteLoad.client().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
