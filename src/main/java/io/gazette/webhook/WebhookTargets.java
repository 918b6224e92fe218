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
import java.util.Arrays;
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
        URI uri = parse(url).orElseThrow(() -> ProblemException.invalidField(field, numericAuthority(url)
                ? NOT_DOTTED_DECIMAL : "must be an absolute http or https URL"));
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
        if (uri.getHost().contains("%")) {
            throw ProblemException.invalidField(field, "must not name an IPv6 zone (%): a zone is an interface of this machine");
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
        if (uri.getHost().contains("%")) {
            return new Target.Refused("host " + uri.getHost() + " names an IPv6 zone");
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

    /** http(s)://127.1/ and the like, which java.net.URI reads as no host at all (its last label starts with a digit). */
    private static boolean numericAuthority(String url) {
        try {
            URI uri = new URI(url);
            String authority = uri.getRawAuthority();
            if (uri.getHost() != null || authority == null) {
                return false;
            }
            String host = authority.replaceFirst(":\\d*$", "");
            return !host.isEmpty() && Arrays.stream(host.split("\\.", -1)).allMatch(part -> NUMBER.matcher(part).matches());
        } catch (URISyntaxException e) {
            return false;
        }
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

    /**
     * Whether an address is globally reachable. IPv4: not in a range the IANA special-purpose registry marks as not
     * globally reachable (this network, private, shared CGNAT, loopback, link-local, IETF protocol assignments,
     * documentation, benchmarking, reserved, broadcast) nor multicast. IPv6: not loopback, unspecified, link-local,
     * site-local, unique-local, multicast, discard-only or documentation; and when it carries an IPv4 address a gateway
     * would connect to (IPv4-mapped and -translated, IPv4-compatible, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4
     * 2002::/16), that address must be public as well.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean discardOnly = startsWith(bytes, 0x01, 0x00, 0, 0, 0, 0, 0, 0); // 100::/64
            boolean documentation = startsWith(bytes, 0x20, 0x01, 0x0d, 0xb8); // 2001:db8::/32
            boolean localTranslation = startsWith(bytes, 0, 0x64, 0xff, 0x9b, 0, 0x01); // 64:ff9b:1::/48
            if (uniqueLocal || discardOnly || documentation || localTranslation) {
                return false;
            }
            byte[] embedded = embeddedIpv4(bytes);
            return embedded == null || isPublicIpv4(embedded);
        }
        return true;
    }

    private static boolean isPublicIpv4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        int third = bytes[2] & 0xff;
        boolean thisNetwork = first == 0;
        boolean privateUse = first == 10 || first == 172 && second >= 16 && second <= 31 || first == 192 && second == 168;
        boolean sharedCgnat = first == 100 && second >= 64 && second <= 127;
        boolean loopbackOrLinkLocal = first == 127 || first == 169 && second == 254;
        boolean ietfAssignments = first == 192 && second == 0 && third == 0 && (bytes[3] & 0xff) != 9 && (bytes[3] & 0xff) != 10;
        boolean documentation = first == 192 && second == 0 && third == 2 || first == 198 && second == 51 && third == 100
                || first == 203 && second == 0 && third == 113;
        boolean benchmarking = first == 198 && (second == 18 || second == 19);
        boolean multicastReservedOrBroadcast = first >= 224;
        return !(thisNetwork || privateUse || sharedCgnat || loopbackOrLinkLocal || ietfAssignments || documentation || benchmarking
                || multicastReservedOrBroadcast);
    }

    /** The IPv4 address an IPv6 address carries for a translator or tunnel to reach (its last four bytes, or 2-5 for 6to4), if any. */
    private static byte[] embeddedIpv4(byte[] v6) {
        boolean mapped = startsWith(v6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff); // ::ffff:a.b.c.d
        boolean compatible = startsWith(v6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0); // ::a.b.c.d
        boolean translated = startsWith(v6, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0); // ::ffff:0:a.b.c.d
        boolean nat64 = startsWith(v6, 0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0); // 64:ff9b::/96
        if (mapped || compatible || translated || nat64) {
            return Arrays.copyOfRange(v6, 12, 16);
        }
        if (startsWith(v6, 0x20, 0x02)) { // 2002::/16 (6to4)
            return Arrays.copyOfRange(v6, 2, 6);
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xff) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
