package io.gazette.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.gazette.common.config.GazetteConfig;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets (bucket4j) per client address and per email for posting comments, kept in memory per
 * instance. Over the limit is a 429 with Retry-After and the RateLimit-* headers of the IETF draft.
 */
@ApplicationScoped
public class CommentRateLimiter {

    private final GazetteConfig.Comments.RateLimit config;
    private final Cache<String, Bucket> buckets;

    CommentRateLimiter(GazetteConfig config) {
        this.config = config.comments().rateLimit();
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(this.config.period().multipliedBy(2))
                .maximumSize(100_000)
                .build();
    }

    /** Takes one token from the address's and the email's bucket; the headers describe the tighter one. */
    public Map<String, String> consume(String address, String email) {
        ConsumptionProbe byAddress = bucket("ip:" + address, config.perAddress()).tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            throw tooMany(config.perAddress(), byAddress);
        }
        ConsumptionProbe byEmail = bucket("email:" + email, config.perEmail()).tryConsumeAndReturnRemaining(1);
        if (!byEmail.isConsumed()) {
            throw tooMany(config.perEmail(), byEmail);
        }
        boolean emailTighter = byEmail.getRemainingTokens() < byAddress.getRemainingTokens();
        return headers(emailTighter ? config.perEmail() : config.perAddress(),
                emailTighter ? byEmail : byAddress, false);
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, config.period()).build())
                .build());
    }

    private ProblemException tooMany(int limit, ConsumptionProbe probe) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                "Too many comments; try again in " + seconds(probe.getNanosToWaitForRefill()) + " seconds",
                null, headers(limit, probe, true));
    }

    private Map<String, String> headers(int limit, ConsumptionProbe probe, boolean refused) {
        Map<String, String> headers = new LinkedHashMap<>();
        long reset = refused ? seconds(probe.getNanosToWaitForRefill()) : config.period().toSeconds();
        headers.put("RateLimit-Limit", String.valueOf(limit));
        headers.put("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        headers.put("RateLimit-Reset", String.valueOf(reset));
        if (refused) {
            headers.put("Retry-After", String.valueOf(reset));
        }
        return headers;
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }
}
