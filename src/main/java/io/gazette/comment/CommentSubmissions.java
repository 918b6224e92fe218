package io.gazette.comment;

import io.gazette.comment.dto.CommentInput;
import io.gazette.comment.dto.CommentReceipt;
import io.gazette.common.api.IdempotentCreates;
import io.gazette.common.config.GazetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The way in for a reader's comment, in this order: Idempotency-Key replay (which spends no allowance),
 * rate limits, then the key's row and the comment in one transaction, where the database decides races.
 */
@ApplicationScoped
public class CommentSubmissions {

    /** Keys are per caller as on every create; readers post anonymously, so theirs share one scope. */
    static final String OPERATION = "submitComment";

    /** What an Idempotency-Key stands for: this comment on this article. */
    record Request(String article, CommentInput comment) {
    }

    private final CommentService comments;
    private final CommentRateLimiter rateLimiter;
    private final IdempotentCreates idempotent;
    private final SecretKeySpec addressKey;

    CommentSubmissions(CommentService comments, CommentRateLimiter rateLimiter, IdempotentCreates idempotent,
                       GazetteConfig config) {
        this.comments = comments;
        this.rateLimiter = rateLimiter;
        this.idempotent = idempotent;
        byte[] secret = config.comments().addressKey().filter(k -> !k.isBlank())
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(CommentSubmissions::randomKey);
        this.addressKey = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** 202 with the receipt, the same for spam; a replay is that first answer, marked Idempotent-Replayed. */
    public RestResponse<CommentReceipt> submit(String articleSlug, CommentInput input, String address, String idempotencyKey) {
        NewComment comment = NewComment.of(input);
        String addressHash = hmac(address);
        return idempotent.create(OPERATION, idempotencyKey, new Request(articleSlug, input),
                // Buckets are named by keyed hashes: on PostgreSQL they are rows, and rows hold no address or email.
                () -> rateLimiter.consume(addressHash, hmac(comment.email())),
                limits -> {
                    RestResponse.ResponseBuilder<CommentReceipt> response =
                            RestResponse.ResponseBuilder.accepted(comments.submit(articleSlug, comment, addressHash));
                    limits.forEach(response::header);
                    return response.build();
                });
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(addressKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
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
