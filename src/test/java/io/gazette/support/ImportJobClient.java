package io.gazette.support;

import static io.gazette.support.TestData.editor;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The import job endpoint as a client uses it: POST /api/v1/imports as the admin, then GET /api/v1/imports/{id} until the
 * job has finished. The job runs on its own thread; the wait is a bounded number of polls, which ends at the first
 * answer that says succeeded or failed (no sleep guesses how long the import takes).
 */
public final class ImportJobClient {

    /** Polls 100 ms apart, for at most three minutes: the test files import in seconds, more on a machine under load. */
    private static final int POLLS = 1800;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private ImportJobClient() {
    }

    /** Starts an import of {@code body}, sent as {@code contentType}, with the query (such as "?format=ndjson"); the job's address. */
    public static String start(String query, String contentType, byte[] body) {
        return editor().contentType(contentType).body(body).post("/api/v1/imports" + query).then().statusCode(202)
                .extract().header("Location");
    }

    /** The job at {@code location} once it has finished (succeeded or failed). */
    public static JsonPath finished(String location) {
        Awaitility.await("import " + location).atMost(POLL_INTERVAL.multipliedBy(POLLS)).pollInterval(POLL_INTERVAL)
                .until(() -> List.of("succeeded", "failed").contains(editor().get(location).then().statusCode(200).extract().<String>path("state")));
        return editor().get(location).then().statusCode(200).extract().jsonPath();
    }

    /** Starts the import and waits for it: the finished job. */
    public static JsonPath run(String query, String contentType, byte[] body) {
        return finished(start(query, contentType, body));
    }
}
