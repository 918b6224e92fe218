package io.gazette.comment;

import io.gazette.comment.dto.CommentInput;
import io.gazette.comment.dto.CommentReceipt;
import io.gazette.common.api.IdempotentCreates;
import io.gazette.common.security.Hmac;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
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
    private final Hmac addressHmac;

    CommentSubmissions(CommentService comments, CommentRateLimiter rateLimiter, IdempotentCreates idempotent,
                       CommentConfig config) {
        this.comments = comments;
        this.rateLimiter = rateLimiter;
        this.idempotent = idempotent;
        this.addressHmac = Hmac.keyedBy(config.addressKey());
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

    /** The keyed hash a comment from {@code address} is stored with (also for imported comments). */
    String addressHash(String address) {
        return hmac(address);
    }

    private String hmac(String value) {
        return HexFormat.of().formatHex(addressHmac.of(value.getBytes(StandardCharsets.UTF_8)));
    }
}
