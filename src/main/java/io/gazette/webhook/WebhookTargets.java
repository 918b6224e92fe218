package io.gazette.webhook;

import io.gazette.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may be sent (SSRF): http or https only, and, unless gazette.webhooks.allow-private-targets is set, no
 * host on a loopback, private, link-local, shared (CGNAT), multicast or unspecified address. Checked when an endpoint
 * is registered and again before every delivery, since a name may resolve elsewhere later. What remains open: a name
 * re-resolved by the HTTP client between the check and its connection (DNS rebinding within that window).
 */
@ApplicationScoped
public class WebhookTargets {

    static final int MAX_URL_LENGTH = 2000;

    private final boolean allowPrivate;

    @Inject
    WebhookTargets(WebhookConfig config) {
        this.allowPrivate = config.allowPrivateTargets();
    }

    /** For tests of the policy itself. */
    static WebhookTargets allowingPrivate(boolean allowPrivate) {
        return new WebhookTargets(allowPrivate);
    }

    private WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * A URL an admin registers, checked: its form, and its host when that is an address or resolves now (a name that
     * does not resolve yet is accepted, and checked again at each delivery). A 400 naming {@code field} otherwise.
     */
    public URI requireAcceptable(String field, String url) {
        URI uri = parse(url).orElseThrow(() -> ProblemException.invalidField(field, "must be an absolute http or https URL"));
        if (url.length() > MAX_URL_LENGTH) {
            throw ProblemException.invalidField(field, "must be at most " + MAX_URL_LENGTH + " characters");
        }
        if (uri.getRawUserInfo() != null) {
            // the client would not send them, and a log or the delivery list would show them
            throw ProblemException.invalidField(field, "must not carry a user name or password: a receiver checks the signature instead");
        }
        try {
            refusal(InetAddress.getAllByName(uri.getHost())).ifPresent(reason -> {
                throw ProblemException.invalidField(field, reason);
            });
        } catch (UnknownHostException notYet) {
            // checked again when something is sent
        }
        return uri;
    }

    /** Why nothing may be sent to this URL now, if so: not http(s), not resolvable, or not a public address. */
    public Optional<String> refusal(URI uri) {
        if (parse(uri.toString()).isEmpty()) {
            return Optional.of("not an absolute http or https URL");
        }
        try {
            return refusal(InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException e) {
            return Optional.of("host " + uri.getHost() + " does not resolve");
        }
    }

    private Optional<String> refusal(InetAddress[] addresses) {
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("must not be on a loopback, private or link-local address (" + address.getHostAddress()
                        + "); gazette.webhooks.allow-private-targets allows it");
            }
        }
        return Optional.empty();
    }

    private static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getHost().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean unspecified = first == 0;
            boolean sharedCgnat = first == 100 && second >= 64 && second <= 127;
            boolean reserved = first >= 240;
            return !(unspecified || sharedCgnat || reserved);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            return !uniqueLocal;
        }
        return true;
    }
}
