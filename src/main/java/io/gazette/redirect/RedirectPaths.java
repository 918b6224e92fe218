package io.gazette.redirect;

import io.gazette.common.text.Hashes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for every way an old address may be asked for: scheme and host dropped, percent-escapes decoded
 * (WordPress writes Persian slugs as {@code %d8%b3...}), NFC, no trailing slash, and of the query only WordPress's
 * {@code p=<id>} kept (so {@code /2023/06/x/?utm_source=feed} finds {@code /2023/06/x}).
 */
public final class RedirectPaths {

    public static final int MAX_LENGTH = 2000;
    private static final Pattern SCHEME_AND_HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*");
    private static final Pattern POST_ID = Pattern.compile("(?:^|&)p=(\\d{1,19})(?:&|$)");

    private RedirectPaths() {
    }

    /** The normalised path, or empty when {@code raw} is not a path or URL (or too long). */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String address = SCHEME_AND_HOST.matcher(raw.strip()).replaceFirst("");
        int fragment = address.indexOf('#');
        if (fragment >= 0) {
            address = address.substring(0, fragment);
        }
        if (address.isEmpty() || address.startsWith("?")) {
            address = "/" + address;
        }
        if (!address.startsWith("/")) {
            return Optional.empty();
        }
        int queryStart = address.indexOf('?');
        String path = queryStart < 0 ? address : address.substring(0, queryStart);
        String query = queryStart < 0 ? "" : address.substring(queryStart + 1);
        Optional<String> decoded = decode(path);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        path = Normalizer.normalize(decoded.get(), Normalizer.Form.NFC);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Matcher postId = POST_ID.matcher(query);
        String normalised = postId.find() ? path + "?p=" + Long.parseLong(postId.group(1)) : path;
        if (normalised.length() > MAX_LENGTH || normalised.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(normalised);
    }

    /** The key of a normalised path (redirect.from_hash). */
    public static String hash(String normalised) {
        return Hashes.sha256Hex(normalised);
    }

    /** Percent-decodes as UTF-8 ("+" stays a plus: this is a path); empty on a broken escape or invalid UTF-8. */
    private static Optional<String> decode(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(path);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        byte[] raw = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%') {
                if (i + 2 >= raw.length) {
                    return Optional.empty();
                }
                int high = Character.digit(raw[i + 1], 16);
                int low = Character.digit(raw[i + 2], 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
