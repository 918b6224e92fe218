package io.gazette.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.common.error.ProblemException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SSRF policy by itself, as configured by default (private targets refused) and with them allowed. */
class WebhookTargetsTest {

    private final WebhookTargets byDefault = WebhookTargets.allowingPrivate(false);

    @Test
    void theDefaultRefusesLoopbackPrivateAndLinkLocalTargets() {
        for (String url : List.of("http://127.0.0.1/hooks", "http://127.8.9.10:8080/", "https://10.1.2.3/hooks", "http://172.16.0.9/",
                "http://192.168.1.20/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/hooks", "http://[fe80::1]/",
                "http://[fd00::5]/", "http://0.0.0.0/", "http://100.64.1.1/", "http://localhost:9000/q/metrics", "http://[::ffff:127.0.0.1]/")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> byDefault.requireAcceptable("url", url), url);
            assertEquals("url", refused.errors().get(0).field());
            assertTrue(refusal(byDefault, url).isPresent(), url + " is refused at delivery too");
        }
    }

    @Test
    void addressesThatAreNotGloballyReachableOrCarryOneAreRefused() throws Exception {
        for (String address : List.of("192.0.0.1", "192.0.2.1", "198.18.0.1", "198.19.255.1", "198.51.100.7", "203.0.113.7", "240.0.0.1",
                "255.255.255.255", "100::1", "2001:db8::1", "64:ff9b:1::a00:1", "64:ff9b::a9fe:a9fe", "64:ff9b::a00:1", "64:ff9b::7f00:1",
                "2002:a9fe:a9fe::", "2002:7f00:1::", "::a9fe:a9fe", "::127.0.0.1", "::ffff:0:a9fe:a9fe", "::ffff:0:7f00:1")) {
            assertFalse(WebhookTargets.isPublic(InetAddress.getByName(address)), address);
        }
        for (String url : List.of("http://[64:ff9b::a9fe:a9fe]/latest", "http://[2002:a9fe:a9fe::]/", "http://198.18.0.1/", "http://[::1%25lo]/")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> byDefault.requireAcceptable("url", url), url);
            assertEquals("url", refused.errors().get(0).field());
        }
    }

    @Test
    void publicAddressesAndUnresolvedNamesAreAccepted() throws Exception {
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName("93.184.215.14")));
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c")));
        assertEquals(URI.create("https://93.184.215.14/hooks"), byDefault.requireAcceptable("url", "https://93.184.215.14/hooks"));
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName("192.0.0.9")), "the one globally reachable address of 192.0.0.0/24");
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName("2002:5db8:d70e::1")), "6to4 of a public address");
        assertTrue(WebhookTargets.isPublic(InetAddress.getByName("64:ff9b::5db8:d70e")), "NAT64 of a public address");
        // a name that does not resolve now is accepted, and checked again before each delivery
        byDefault.requireAcceptable("url", "https://hooks.invalid/gazette");
        assertTrue(refusal(byDefault, "https://hooks.invalid/gazette").orElseThrow().contains("does not resolve"));
    }

    @Test
    void onlyHttpAndHttpsAbsoluteUrls() {
        WebhookTargets allowing = WebhookTargets.allowingPrivate(true);
        for (String url : List.of("ftp://203.0.113.7/", "file:///etc/passwd", "gopher://203.0.113.7/", "//203.0.113.7/x", "http://", "not a url")) {
            assertThrows(ProblemException.class, () -> allowing.requireAcceptable("url", url), url);
        }
        assertFalse(refusal(allowing, "http://127.0.0.1:8080/hooks").isPresent(), "allowed by the setting");
    }

    @Test
    void hostsWrittenAsNumbersInOtherFormsAreRefusedAtDeliveryEvenWhenPrivateTargetsAreAllowed() {
        WebhookTargets allowing = WebhookTargets.allowingPrivate(true);
        for (String url : List.of("http://0x7f000001/", "http://2130706433/", "http://0177.0.0.1/", "http://127.000.0.1/")) {
            assertTrue(refusal(allowing, url).orElseThrow().contains("a.b.c.d"), url);
        }
        assertFalse(refusal(allowing, "http://127.0.0.1/").isPresent());
        assertEquals(URI.create("https://93.184.215.14/hooks"), ((WebhookTargets.Target.Reachable) byDefault.target(URI.create("https://93.184.215.14/hooks"))).uri());
    }

    /** Why an attempt to this URL would be refused now, if it would. */
    private static Optional<String> refusal(WebhookTargets targets, String url) {
        return targets.target(URI.create(url)) instanceof WebhookTargets.Target.Refused refused ? Optional.of(refused.reason()) : Optional.empty();
    }
}
