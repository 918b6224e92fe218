package io.gazette.comment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.comment.dto.CommentInput;
import io.gazette.comment.dto.CommentReceipt;
import io.gazette.common.config.GazetteConfig;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The way in for a reader's comment: Idempotency-Key replay, rate limits, then the service. Keeps no
 * transaction of its own, so that a concurrent request with the same key that loses the race (its
 * transaction rolls back on the key's primary key) can read and return the winner's answer.
 */
@ApplicationScoped
public class CommentSubmissions {

    /** A submission's answer and the headers that go with it. */
    public record Result(CommentReceipt receipt, Map<String, String> headers) {
    }

    private static final int MAX_KEY_LENGTH = 200;
    private static final int REPLAY_ATTEMPTS = 50;
    private static final long REPLAY_WAIT_MILLIS = 100;

    private final CommentService comments;
    private final CommentRateLimiter rateLimiter;
    private final CommentIdempotency.Repository keys;
    private final ObjectMapper json;
    private final SecretKeySpec addressKey;

    CommentSubmissions(CommentService comments, CommentRateLimiter rateLimiter, CommentIdempotency.Repository keys,
                       ObjectMapper json, GazetteConfig config) {
        this.comments = comments;
        this.rateLimiter = rateLimiter;
        this.keys = keys;
        this.json = json;
        byte[] secret = config.comments().addressKey().filter(k -> !k.isBlank())
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CommentSubmissions::randomKey);
        this.addressKey = new SecretKeySpec(secret, "HmacSHA256");
    }

    public Result submit(String articleSlug, CommentInput input, String address, String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalidField("Idempotency-Key", "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        String requestHash = key == null ? null : requestHash(articleSlug, input);
        if (key != null) {
            Optional<Result> replay = replay(key, requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        // Buckets are named by keyed hashes: on PostgreSQL they are rows, and rows hold no address or email.
        Map<String, String> headers = rateLimiter.consume(hmac(address), hmac(input.email().trim().toLowerCase(Locale.ROOT)));
        try {
            return new Result(comments.submit(articleSlug, input, hmac(address), key, requestHash), headers);
        } catch (PersistenceException e) {
            if (key == null) {
                throw e;
            }
            return awaitWinner(key, requestHash, e);
        } catch (ProblemException e) {
            // A same-key request that committed meanwhile makes this one look like a duplicate: answer as it did.
            if (key == null || e.type() != ProblemType.CONFLICT) {
                throw e;
            }
            return replay(key, requestHash).orElseThrow(() -> e);
        }
    }

    /** Another request with the key committed first, or is about to: return its answer once visible. */
    private Result awaitWinner(String key, String requestHash, PersistenceException lost) {
        for (int attempt = 0; attempt < REPLAY_ATTEMPTS; attempt++) {
            Optional<Result> replay = replay(key, requestHash);
            if (replay.isPresent()) {
                return replay.get();
            }
            try {
                Thread.sleep(REPLAY_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw lost;
    }

    private Optional<Result> replay(String key, String requestHash) {
        return keys.findByKey(key).map(stored -> {
            if (!stored.requestHash.equals(requestHash)) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "This Idempotency-Key was used with a different request; use a new key for a new comment");
            }
            return new Result(new CommentReceipt(stored.commentId, CommentStatus.PENDING, CommentService.AWAITING_MODERATION),
                    Map.of("Idempotent-Replayed", "true"));
        });
    }

    private String requestHash(String articleSlug, CommentInput input) {
        try {
            byte[] request = (articleSlug + "\n" + json.writeValueAsString(input)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("A comment input always hashes", e);
        }
    }

    private String hmac(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(addressKey);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
