package io.gazette.transfer.ndjson;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.PackagedApp;
import io.gazette.support.TestData;
import io.gazette.transfer.job.ImportJobState;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The "done when": a publication on the embedded H2 jar (the demo content plus {@link TransferContent}: three
 * languages with Persian, translations, revisions, a scheduled piece, a draft, comments in every moderation state
 * in a thread, accounts) is exported, imported into an empty PostgreSQL served by the PostgreSQL jar, exported from
 * there, imported into an empty H2 served by a fresh H2 jar, and exported again: the three files are the same bytes
 * but for the header's time. Each import goes through {@link #importInto}.
 */
class TransferRoundTripIT {

    private static final String TOKEN = TestData.EDITOR_TOKEN;

    @AfterEach
    void resetRestAssured() {
        RestAssured.reset();
    }

    @Test
    void h2ToPostgresAndBackExportsTheSameBytes() throws Exception {
        Path run = Files.createDirectories(Path.of("target", "transfer-round-trip", "run-" + System.nanoTime()));
        String fromH2;
        TransferContent content;
        try (PackagedApp source = PackagedApp.launch(run.resolve("h2-source.log"), h2(run.resolve("h2-source"), true))) {
            source.awaitStatus(source.management.resolve("/q/health/ready"), 200);
            use(source);
            content = TransferContent.create();
            fromH2 = Exports.download();
        }
        Path first = Files.writeString(run.resolve("from-h2.ndjson"), fromH2, StandardCharsets.UTF_8);

        String fromPostgres;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(run.resolve("postgres")).setCleanDataDirectory(true).start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Map<String, String> environment = new HashMap<>(Map.of("DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                    "GAZETTE_ADMIN_TOKEN", TOKEN));
            try (PackagedApp target = PackagedApp.launchPostgres(run.resolve("postgres.log"), environment)) {
                target.awaitStatus(target.management.resolve("/q/health/ready"), 200);
                importInto(target, first);
                use(target);
                fromPostgres = Exports.download();
                readsLikeTheOriginal(content);
            }
        }
        assertEquals(Exports.withoutHeader(fromH2), Exports.withoutHeader(fromPostgres), "H2 -> PostgreSQL");
        Path second = Files.writeString(run.resolve("from-postgres.ndjson"), fromPostgres, StandardCharsets.UTF_8);

        Path back = run.resolve("h2-back");
        try (PackagedApp target = PackagedApp.launch(run.resolve("h2-back.log"), h2(back, false))) {
            target.awaitStatus(target.management.resolve("/q/health/ready"), 200);
            importInto(target, second);
            use(target);
            String again = Exports.download();
            Files.writeString(run.resolve("back-in-h2.ndjson"), again, StandardCharsets.UTF_8);
            assertEquals(Exports.withoutHeader(fromH2), Exports.withoutHeader(again), "PostgreSQL -> H2");
            readsLikeTheOriginal(content);
        }
    }

    /**
     * Imports the file into the empty database {@code app} serves, as a user would: POST it to the import job endpoint as
     * the admin and follow the job until it finishes (it runs on its own thread; the wait is bounded, not timed).
     */
    private static void importInto(PackagedApp app, Path file) {
        use(app);
        String location = given().header("Authorization", "Bearer " + TOKEN).contentType("application/x-ndjson").body(file.toFile())
                .post("/api/v1/imports?format=ndjson").then().statusCode(202).extract().header("Location");
        Awaitility.await("import " + location).atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> ImportJobState.valueOf(editor().get(location).then().statusCode(200).extract().<String>path("state")
                        .toUpperCase(Locale.ROOT)).isFinished());
        JsonPath job = editor().get(location).then().statusCode(200).extract().jsonPath();
        assertEquals("succeeded", job.getString("state"), job.prettify());
        assertEquals(List.of(), job.getList("report.problems"));
        Map<String, Map<String, Object>> counts = job.getMap("report.counts");
        counts.forEach((type, byOutcome) -> assertEquals(List.of(type.equals("site") ? "updated" : "created"),
                List.copyOf(byOutcome.keySet()), type));
    }

    /** What readers and editors see of the moved publication, and that it takes new writes. */
    private static void readsLikeTheOriginal(TransferContent content) {
        anonymous().get("/api/v1/articles/" + content.persian()).then().statusCode(200)
                .body("language", equalTo("fa")).body("translations.language", hasItem("en"));
        anonymous().get("/api/v1/articles/" + content.english() + "/comments").then().statusCode(200)
                .body("items[0].replies.name", hasItem("Bita"));
        anonymous().queryParam("q", "دیپلماسی").get("/api/v1/articles").then().statusCode(200).body("items.slug", hasItem(content.persian()));
        editor().get("/api/v1/articles/" + content.scheduled()).then().statusCode(200).body("status", equalTo("scheduled"));
        editor().get("/api/v1/authors/" + content.author()).then().statusCode(200).body("email", equalTo(content.author() + "@authors.example"));
        anonymous().queryParam("from", content.redirectFrom()).get("/api/v1/redirects").then().statusCode(200)
                .body("slug", equalTo(content.imported()));
        String tag = TestData.tag();
        TestData.article().tag(tag).published();
    }

    private static void use(PackagedApp app) {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = app.base.getPort();
    }

    /** The embedded H2 jar on its own directory; AUTO_SERVER lets this test's JDBC import in while the jar holds the file
     * (and rules out DB_CLOSE_ON_EXIT=FALSE). */
    private static Map<String, String> h2(Path directory, boolean demo) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", h2Url(directory) + ";WRITE_DELAY=0",
                "GAZETTE_DEMO_CONTENT", String.valueOf(demo), "GAZETTE_ADMIN_TOKEN", TOKEN);
    }

    private static String h2Url(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("gazette") + ";AUTO_SERVER=TRUE";
    }
}
