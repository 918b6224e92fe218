package io.gazette.webhook;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.gazette.article.workflow.ArticleSchedule;
import io.gazette.support.MutableClock;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks from the outbox to a receiver in the test: signed, retried with backoff, disabled after a day of failures. */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    ArticleSchedule schedule;

    @Inject
    MutableClock clock;

    @Inject
    ObjectMapper json;

    private Receiver receiver;
    private final List<Long> endpoints = new ArrayList<>();

    /** Endpoints other tests left (the spec walkers register some) would take turns in the dispatch rounds: gone first. */
    @BeforeEach
    void startReceiver() throws Exception {
        List<Integer> left;
        while (!(left = editor().get("/api/v1/webhooks?size=100").then().statusCode(200).extract().jsonPath().getList("items.id")).isEmpty()) {
            left.forEach(id -> editor().delete("/api/v1/webhooks/" + id).then().statusCode(204));
        }
        receiver = Receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        clock.reset();
        endpoints.forEach(id -> editor().delete("/api/v1/webhooks/" + id));
        receiver.close();
    }

    @Test
    void aReceiverGetsSignedEventsForEditorAndSchedulerChanges() throws Exception {
        // An hour back, so that the schedule below falls due when the clock is moved back to the present
        clock.set(clock.instant().minus(Duration.ofHours(1)));
        JsonPath created = register(List.of("article.published", "article.scheduled"));
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);

        String slug = TestData.article().published();
        dispatcher.dispatch();
        Receiver.Received published = only(receiver.received());
        assertSigned(secret, published);
        JsonNode body = json.readTree(published.body());
        assertEquals("article.published", body.get("type").asText());
        assertEquals(json.readTree(anonymous().get("/api/v1/articles/" + slug).then().extract().asString()), body.get("data"),
                "data is the article as readers see it");
        assertTrue(body.get("purgeKeys").toString().contains("\"article-" + body.get("data").get("id").asLong() + "\""));
        assertEquals("application/json", published.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(published.headers().firstValue("Upgrade").isEmpty(), "plain HTTP/1.1, no h2c upgrade: " + published.headers().map());

        Instant publishAt = clock.instant().plus(Duration.ofMinutes(30));
        String scheduled = TestData.article().draft();
        editor().body(Map.of("status", "scheduled", "publishAt", publishAt.toString())).post("/api/v1/articles/" + scheduled + "/status")
                .then().statusCode(200);
        clock.advance(Duration.ofHours(1));
        assertEquals(1, schedule.runDue());
        dispatcher.dispatch();
        List<Receiver.Received> received = receiver.received();
        assertEquals(3, received.size(), "the schedule, then the scheduler's publication");
        List<String> types = new ArrayList<>();
        for (Receiver.Received event : received.subList(1, 3)) {
            assertSigned(secret, event);
            JsonNode data = json.readTree(event.body());
            assertEquals(scheduled, data.get("data").get("slug").asText());
            types.add(data.get("type").asText());
        }
        assertEquals(List.of("article.scheduled", "article.published"), types.stream().sorted(java.util.Comparator.reverseOrder()).toList());
        dispatcher.dispatch();
        assertEquals(3, receiver.received().size(), "each delivered once");

        editor().get("/api/v1/webhooks/" + created.getLong("id") + "/deliveries").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(3))
                .body("items[0].status", equalTo("succeeded"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].attemptLog[0].statusCode", equalTo(200))
                .body("items[0].attemptLog[0].responseExcerpt", equalTo("answered 200"));
    }

    @Test
    void aFailingReceiverGetsRetriesWithGrowingDelaysAndIsThenDisabled() throws Exception {
        double retryingBefore = attemptsCounted("retrying");
        double succeededBefore = attemptsCounted("succeeded");
        receiver.answer(503);
        long id = register(List.of("tag.updated")).getLong("id");
        TestData.tag();
        clock.set(clock.instant());
        Instant firstFailure = clock.instant();
        Duration nominal = Duration.ofSeconds(10);
        String eventId = null;
        int attempts = 0;
        while (true) {
            dispatcher.dispatch();
            attempts++;
            assertEquals(attempts, receiver.received().size(), "attempt " + attempts);
            JsonPath delivery = editor().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
            eventId = delivery.getString("items[0].eventId");
            assertEquals(attempts, delivery.getInt("items[0].attempts"));
            assertEquals("HTTP 503", delivery.getString("items[0].attemptLog[" + (attempts - 1) + "].error"));
            JsonPath endpoint = editor().get("/api/v1/webhooks/" + id).then().extract().jsonPath();
            if (!endpoint.getBoolean("active")) {
                assertTrue(Duration.between(firstFailure, clock.instant()).compareTo(Duration.ofDays(1)) >= 0);
                assertTrue(endpoint.getString("disabledReason").contains("HTTP 503"), endpoint.getString("disabledReason"));
                break;
            }
            assertEquals("pending", delivery.getString("items[0].status"));
            Instant next = Instant.parse(delivery.getString("items[0].nextAttemptAt"));
            Duration wait = Duration.between(clock.instant(), next);
            assertTrue(wait.compareTo(nominal) <= 0 && wait.compareTo(nominal.dividedBy(2)) >= 0,
                    "attempt " + attempts + " waits " + wait + ", between half of and " + nominal);
            dispatcher.dispatch();
            assertEquals(attempts, receiver.received().size(), "nothing is sent before the retry is due");
            clock.set(next);
            nominal = nominal.multipliedBy(2).compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : nominal.multipliedBy(2);
        }
        assertTrue(attempts > 10 && attempts <= 20, attempts + " attempts");
        assertEquals(attempts, receiver.received().size());
        String sameId = eventId;
        assertTrue(receiver.received().stream().allMatch(r -> r.id().equals(sameId)), "every attempt carries the event's webhook-id");

        clock.advance(Duration.ofDays(1));
        dispatcher.dispatch();
        assertEquals(attempts, receiver.received().size(), "a disabled endpoint is sent nothing");
        long deliveryId = editor().get("/api/v1/webhooks/" + id + "/deliveries").then().extract().jsonPath().getLong("items[0].id");
        editor().post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(409)
                .contentType("application/problem+json");

        receiver.answer(204);
        editor().body(Map.of("active", true)).patch("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("active", equalTo(true)).body("disabledReason", org.hamcrest.Matchers.nullValue());
        dispatcher.dispatch();
        assertEquals(attempts + 1, receiver.received().size(), "enabled again, its pending delivery resumes");
        editor().get("/api/v1/webhooks/" + id + "/deliveries").then().body("items[0].status", equalTo("succeeded"));

        editor().post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202)
                .body("status", equalTo("pending"));
        dispatcher.dispatch();
        assertEquals(attempts + 2, receiver.received().size(), "redelivered");
        assertEquals(attempts, attemptsCounted("retrying") - retryingBefore, "each failed attempt counted on /q/metrics");
        assertEquals(2, attemptsCounted("succeeded") - succeededBefore);
    }

    /** gazette_webhook_attempts_total of one outcome, as the management interface's Prometheus page shows it. */
    private static double attemptsCounted(String outcome) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        String metrics = given().get("http://localhost:" + port + "/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^gazette_webhook_attempts_total\\{outcome=\"" + outcome + "\"\\} (\\S+)$").matcher(metrics);
        assertTrue(line.find(), "no gazette_webhook_attempts_total for " + outcome);
        return Double.parseDouble(line.group(1));
    }

    /** Two dispatchers at once (as on two instances sharing the database) send each event exactly once. */
    @Test
    void twoDispatchersAtOnceSendEachEventOnce() throws Exception {
        register(List.of("tag.updated"));
        for (int i = 0; i < 30; i++) {
            TestData.tag();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            rounds.add(pool.submit(() -> {
                start.await();
                return dispatcher.dispatch() + dispatcher.dispatch();
            }));
        }
        start.countDown();
        int sent = 0;
        for (Future<Integer> round : rounds) {
            sent += round.get();
        }
        pool.shutdown();
        dispatcher.dispatch();
        Map<String, Integer> perEvent = new HashMap<>();
        receiver.received().forEach(r -> perEvent.merge(r.id(), 1, Integer::sum));
        assertEquals(30, perEvent.size(), "every event delivered");
        assertTrue(perEvent.values().stream().allMatch(n -> n == 1), "each once: " + perEvent);
        assertTrue(sent >= 30, sent + " attempts (other tests' endpoints may have some due too)");
    }

    @Test
    void badRegistrationsAreNamed() {
        for (String url : List.of("not a url", "ftp://hooks.example.org/x", "/relative/path", "https://", "https://user:pw@hooks.example.org/x")) {
            editor().body(Map.of("url", url, "events", List.of("article.published"))).post("/api/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        editor().body(Map.of("url", receiver.url(), "events", List.of("article.published", "article.exploded"))).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("events[1]"))
                .body("errors[0].message", containsString("article.exploded"));
        editor().body(Map.of("url", receiver.url(), "events", List.of())).post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("events"));
        editor().body(Map.of("url", receiver.url(), "events", List.of("tag.updated"), "secret", "hunter2")).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("secret"));
        anonymous().body(Map.of("url", receiver.url(), "events", List.of("tag.updated"))).post("/api/v1/webhooks").then().statusCode(401);
        editor().get("/api/v1/webhooks/12345678").then().statusCode(404);
    }

    @Test
    void aGivenSecretSignsAndNeverShowsAgain() throws Exception {
        String secret = "whsec_" + java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        long id = editor().body(Map.of("url", receiver.url(), "events", List.of("author.updated"), "secret", secret))
                .post("/api/v1/webhooks").then().statusCode(201).body("secret", equalTo(secret)).extract().jsonPath().getLong("id");
        endpoints.add(id);
        editor().get("/api/v1/webhooks/" + id).then().statusCode(200).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
        TestData.author();
        dispatcher.dispatch();
        Receiver.Received event = only(receiver.received());
        new Webhook(secret).verify(event.body(), event.headers().map());
        assertFalse(event.body().contains("@authors.example"), "an author's email is never sent");
        assertNull(json.readTree(event.body()).get("data").get("email"));
    }

    @Test
    void aPingIsASignedTestEventSentAtOnceWhateverTheEndpointsStateAndNotLogged() throws Exception {
        JsonPath created = register(List.of("tag.updated"));
        long id = created.getLong("id");
        editor().body(Map.of("active", false)).patch("/api/v1/webhooks/" + id).then().statusCode(200);

        JsonPath ping = editor().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(200)
                .body("delivered", equalTo(true)).body("attempt.statusCode", equalTo(200))
                .body("attempt.responseExcerpt", equalTo("answered 200")).extract().jsonPath();
        Receiver.Received received = only(receiver.received());
        new Webhook(created.getString("secret")).verify(received.body(), received.headers().map());
        assertEquals(ping.getString("eventId"), received.id());
        assertTrue(received.id().startsWith("ping_"), received.id());
        JsonNode body = json.readTree(received.body());
        assertEquals("webhook.ping", body.get("type").asText());
        assertEquals(id, body.get("data").get("webhook").asLong());
        editor().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));

        receiver.answer(500);
        editor().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(200)
                .body("delivered", equalTo(false)).body("attempt.statusCode", equalTo(500)).body("attempt.error", equalTo("HTTP 500"));
        dispatcher.dispatch();
        assertEquals(2, receiver.received().size(), "no retry of a ping");

        editor().post("/api/v1/webhooks/12345678/ping").then().statusCode(404).contentType("application/problem+json");
        editor().post("/api/v1/webhooks/abc/ping").then().statusCode(404).contentType("application/problem+json");
        anonymous().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(401);
    }

    /**
     * The signature the reference library computes for this id, timestamp and body. Its verify() also checks the timestamp
     * against the system clock, which this test has moved; {@link #aGivenSecretSignsAndNeverShowsAgain} calls it as a
     * receiver would.
     */
    private static void assertSigned(String secret, Receiver.Received event) throws Exception {
        String id = event.headers().firstValue("webhook-id").orElseThrow();
        long timestamp = Long.parseLong(event.headers().firstValue("webhook-timestamp").orElseThrow());
        assertEquals(new Webhook(secret).sign(id, timestamp, event.body()), event.headers().firstValue("webhook-signature").orElseThrow());
    }

    private JsonPath register(List<String> events) {
        JsonPath created = editor().body(Map.of("url", receiver.url(), "events", events)).post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
        endpoints.add(created.getLong("id"));
        return created;
    }

    private static Receiver.Received only(List<Receiver.Received> received) {
        assertEquals(1, received.size(), received.toString());
        return received.get(0);
    }
}
