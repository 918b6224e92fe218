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
import java.util.regex.Pattern;

/**
 * Where webhooks may be sent (SSRF): http or https only, and, unless gazette.webhooks.allow-private-targets is set, no
 * host on a loopback, private, link-local, shared (CGNAT), multicast or unspecified address. Checked when an endpoint
 * is registered and again before every delivery, since a name may resolve elsewhere later. A delivery connects to the
 * address this check approved (see {@link #target}), never to a second lookup of the name, so a name that resolves to
 * a public address for the check and to a private one a moment later (DNS rebinding) still reaches the public one.
 * Hosts written as numbers in other forms than a.b.c.d (0x7f000001, 2130706433, 0177.0.0.1, 127.1) are refused: clients
 * and resolvers read them differently.
 */
@ApplicationScoped
public class WebhookTargets {

    static final int MAX_URL_LENGTH = 2000;
    private static final Pattern NUMBER = Pattern.compile("0[xX][0-9a-fA-F]*|[0-9]+");
    private static final Pattern DOTTED_DECIMAL = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final String NOT_DOTTED_DECIMAL = "must name its host, or give an IPv4 address as four decimal numbers (a.b.c.d): forms such as 0x7f000001, 2130706433 or 0177.0.0.1 are read differently by different clients";

    private final boolean allowPrivate;
    private final HostLookup lookup;

    @Inject
    WebhookTargets(WebhookConfig config, HostLookup lookup) {
        this(config.allowPrivateTargets(), lookup);
    }

    /** For tests of the policy itself. */
    static WebhookTargets allowingPrivate(boolean allowPrivate) {
        return new WebhookTargets(allowPrivate, new HostLookup());
    }

    private WebhookTargets(boolean allowPrivate, HostLookup lookup) {
        this.allowPrivate = allowPrivate;
        this.lookup = lookup;
    }

    /** Where a delivery may go now: the URL with the one address it connects to, or why nothing may be sent. */
    public sealed interface Target {

        record Reachable(URI uri, InetAddress address) implements Target {
        }

        record Refused(String reason) implements Target {
        }
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
        if (ambiguousNumericHost(uri)) {
            throw ProblemException.invalidField(field, NOT_DOTTED_DECIMAL);
        }
        try {
            refusal(lookup.addressesOf(uri.getHost())).ifPresent(reason -> {
                throw ProblemException.invalidField(field, reason);
            });
        } catch (UnknownHostException notYet) {
            // checked again when something is sent
        }
        return uri;
    }

    /**
     * Checked before each attempt: the URL's host resolved once, every address it has must be acceptable, and the
     * first is the one the attempt connects to. Refused when the URL is not http(s), its host is an ambiguous number
     * or does not resolve, or an address is not public (unless allowed).
     */
    public Target target(URI uri) {
        if (parse(uri.toString()).isEmpty()) {
            return new Target.Refused("not an absolute http or https URL");
        }
        if (ambiguousNumericHost(uri)) {
            return new Target.Refused("host " + uri.getHost() + " is a number in another form than a.b.c.d");
        }
        InetAddress[] addresses;
        try {
            addresses = lookup.addressesOf(uri.getHost());
        } catch (UnknownHostException e) {
            return new Target.Refused("host " + uri.getHost() + " does not resolve");
        }
        if (addresses.length == 0) {
            return new Target.Refused("host " + uri.getHost() + " does not resolve");
        }
        Optional<String> refused = refusal(addresses);
        return refused.<Target>map(Target.Refused::new).orElseGet(() -> new Target.Reachable(uri, addresses[0]));
    }

    /** Why nothing may be sent to this URL now, if so. */
    public Optional<String> refusal(URI uri) {
        return target(uri) instanceof Target.Refused refused ? Optional.of(refused.reason()) : Optional.empty();
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

    /** A host made of numbers (decimal, octal with a leading 0, hex with 0x) that is not a.b.c.d in plain decimal. */
    private static boolean ambiguousNumericHost(URI uri) {
        String host = uri.getHost();
        for (String part : host.split("\\.", -1)) {
            if (!NUMBER.matcher(part).matches()) {
                return false;
            }
        }
        return !DOTTED_DECIMAL.matcher(host).matches();
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
