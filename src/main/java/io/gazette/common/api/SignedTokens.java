package io.gazette.common.api;

import io.gazette.common.security.Hmac;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque, tamper-evident tokens (list cursors, preview links): the payload in base64url, a dot, then a
 * truncated HMAC-SHA256 of it. Without gazette.signing-key a random key is drawn at startup, so tokens
 * do not survive a restart and are not shared between instances.
 */
@ApplicationScoped
public class SignedTokens {

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Hmac hmac;

    @Inject
    SignedTokens(SigningKeyConfig config) {
        this(Hmac.keyedBy(config.signingKey()));
    }

    private SignedTokens(Hmac hmac) {
        this.hmac = hmac;
    }

    /** Tokens under another key than gazette.signing-key (the change feed keeps its own in the database). */
    public static SignedTokens keyedBy(Hmac hmac) {
        return new SignedTokens(hmac);
    }

    public String sign(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The payload of a token this service signed; empty for anything altered, forged or malformed. */
    public Optional<String> verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            // Compared as text, not decoded bytes: base64 decoders ignore the spare low bits of the last
            // character, so several spellings of one MAC would otherwise all pass.
            byte[] expected = ENCODER.encodeToString(mac(payload)).getBytes(StandardCharsets.US_ASCII);
            byte[] presented = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, presented)
                    ? Optional.of(new String(payload, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        return Arrays.copyOf(hmac.of(payload), MAC_BYTES);
    }
}
