package io.gazette.common.api;

import io.gazette.common.config.GazetteConfig;
import io.gazette.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident cursors: the payload in base64url, then an HMAC-SHA256 of it. A cursor that
 * was altered or forged is a 400. Without gazette.cursor-secret a random key is drawn at startup, so
 * cursors do not survive a restart and are not shared between instances.
 */
@ApplicationScoped
public class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    CursorCodec(GazetteConfig config) {
        byte[] secret = config.cursorSecret()
                .filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CursorCodec::randomSecret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String encode(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The payload of a cursor this service issued; anything else is a 400 naming the cursor parameter. */
    public String decode(String cursor) {
        int dot = cursor.indexOf('.');
        if (dot <= 0) {
            throw invalid();
        }
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] presented = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), presented)) {
                throw invalid();
            }
            return new String(payload, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("cursor", "is not a cursor this service issued, or it was altered");
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
