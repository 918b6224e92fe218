package io.gazette.webhook;

import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a delivery connects: to the address its check approved (no second lookup a rebinding name could answer
 * differently), with the URL's name in the Host header and, over https, in the certificate check. The names
 * receiver.test and elsewhere.test exist only for the lookup these tests put in place: the system resolver does not
 * know them, so a client that looked a name up again could not connect at all.
 */
@QuarkusTest
class WebhookConnectionTest {

    private final AtomicInteger lookups = new AtomicInteger();
    private final List<Receiver> receivers = new ArrayList<>();
    private final List<Long> endpoints = new ArrayList<>();

    @BeforeEach
    void namesOnlyThisTestKnows() {
        QuarkusMock.installMockForType(new HostLookup() {
            @Override
            public InetAddress[] addressesOf(String host) throws UnknownHostException {
                if (host.equals("receiver.test") || host.equals("elsewhere.test")) {
                    lookups.incrementAndGet();
                    return new InetAddress[] {InetAddress.getLoopbackAddress()};
                }
                return super.addressesOf(host);
            }
        }, HostLookup.class);
    }

    @AfterEach
    void cleanUp() {
        endpoints.forEach(id -> editor().delete("/api/v1/webhooks/" + id));
        receivers.forEach(Receiver::close);
    }

    @Test
    void aDeliveryConnectsToTheCheckedAddressAndNamesTheHost() throws Exception {
        Receiver receiver = receiver(Receiver.start());
        String url = "http://receiver.test:" + receiver.port() + "/hooks?source=gazette";
        long id = register(url);
        assertEquals(1, lookups.get(), "checked once at registration");

        ping(id).body("delivered", equalTo(true)).body("attempt.statusCode", equalTo(200));
        assertEquals(2, lookups.get(), "and once for the attempt, whose connection used that answer");
        Receiver.Received received = receiver.received().get(0);
        assertEquals("receiver.test:" + receiver.port(), received.headers().firstValue("Host").orElseThrow());
    }

    @Test
    void anHttpsReceiverIsReachedWhenItsCertificateIsTrustedAndNamesTheUrlsHost() throws Exception {
        Receiver trusted = receiver(Receiver.startTls("receiver"));
        long id = register("https://receiver.test:" + trusted.port() + "/hooks");
        ping(id).body("delivered", equalTo(true)).body("attempt.statusCode", equalTo(200))
                .body("attempt.responseExcerpt", equalTo("answered 200"));
        assertEquals(1, trusted.received().size());

        // the same certificate, reached under another name: not the receiver the URL names
        long elsewhere = register("https://elsewhere.test:" + trusted.port() + "/hooks");
        ping(elsewhere).body("delivered", equalTo(false)).body("attempt.statusCode", nullValue())
                .body("attempt.error", containsString("Could not connect")).body("attempt.error", containsString("elsewhere.test"));

        // the right name on a key nobody vouches for
        Receiver impostor = receiver(Receiver.startTls("impostor"));
        long forged = register("https://receiver.test:" + impostor.port() + "/hooks");
        ping(forged).body("delivered", equalTo(false)).body("attempt.statusCode", nullValue())
                .body("attempt.error", startsWith("Could not connect: Failed to create SSL connection: "));
        assertEquals(0, impostor.received().size(), "nothing was sent to it");
        assertEquals(1, trusted.received().size());
    }

    @Test
    void hostsWrittenAsNumbersInOtherFormsAreRefusedNamingTheUrl() {
        for (String url : List.of("http://0x7f000001/hooks", "http://2130706433:8080/hooks", "http://0177.0.0.1/hooks",
                "https://127.0.0.01/hooks", "http://127.1/", "http://0x7f.0.0.1:8080/")) {
            editor().body(Map.of("url", url, "events", List.of("article.published"))).post("/api/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("a.b.c.d"));
        }
    }

    private Receiver receiver(Receiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    private long register(String url) {
        long id = editor().body(Map.of("url", url, "events", List.of("tag.updated"))).post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        endpoints.add(id);
        return id;
    }

    private static ValidatableResponse ping(long id) {
        return editor().post("/api/v1/webhooks/" + id + "/ping").then().statusCode(200);
    }
}
