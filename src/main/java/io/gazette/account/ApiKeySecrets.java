package io.gazette.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Key format {@code gz_<prefix>_<secret>}: a 10-character lookup prefix and 256 random bits. A fast
 * hash is enough for secrets of that strength (PBKDF2's slowness protects guessable passwords, which
 * these are not), and it keeps authentication on every request cheap.
 */
final class ApiKeySecrets {

    private static final String START = "gz_";
    private static final int PREFIX_LENGTH = 10;
    private static final String PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    record Generated(String prefix, String key, String hash) {
    }

    private ApiKeySecrets() {
    }

    static Generated generate() {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = START + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Generated(prefix.toString(), key, hash(key));
    }

    /** The lookup prefix of something shaped like one of our keys. */
    static Optional<String> prefixOf(String key) {
        int end = START.length() + PREFIX_LENGTH;
        if (key.length() <= end + 1 || !key.startsWith(START) || key.charAt(end) != '_') {
            return Optional.empty();
        }
        return Optional.of(key.substring(START.length(), end));
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean matches(String key, String storedHash) {
        return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
