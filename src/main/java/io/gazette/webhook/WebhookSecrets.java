package io.gazette.webhook;

import io.gazette.common.error.ProblemException;
import java.security.SecureRandom;
import java.util.Base64;

/** Signing secrets as Standard Webhooks writes them: "whsec_" and the key in base64. */
final class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final int GENERATED_BYTES = 32;
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** A secret an admin gives, checked: it must decode to a key of 24 to 64 bytes. */
    static String require(String secret) {
        String message = "must be \"" + PREFIX + "\" followed by the base64 of " + MIN_BYTES + " to " + MAX_BYTES + " random bytes";
        if (!secret.startsWith(PREFIX)) {
            throw ProblemException.invalidField("secret", message);
        }
        try {
            int length = Base64.getDecoder().decode(secret.substring(PREFIX.length())).length;
            if (length < MIN_BYTES || length > MAX_BYTES) {
                throw ProblemException.invalidField("secret", message);
            }
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("secret", message);
        }
        return secret;
    }
}
