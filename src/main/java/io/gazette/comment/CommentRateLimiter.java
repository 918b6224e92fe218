package io.gazette.comment;

import io.gazette.common.persistence.UntilSchemaReady;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.gazette.common.error.ProblemException;
import io.gazette.common.persistence.DatabaseKind;
import io.gazette.common.error.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * Token buckets (bucket4j) per client address and per email for posting comments. On PostgreSQL the
 * buckets live in the database (comment_rate_limit, row-locked per use), so instances sharing it share
 * one allowance; on the embedded H2 database, which serves one instance, they live in memory. Over the
 * limit is a 429 with Retry-After and the RateLimit-* headers of the IETF draft.
 */
@ApplicationScoped
public class CommentRateLimiter {

    private static final int EXPIRED_BATCH = 1000;

    private final CommentConfig.RateLimit config;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
    private final BiFunction<String, Integer, Bucket> buckets;

    CommentRateLimiter(CommentConfig config, AgroalDataSource dataSource,
                       DatabaseKind database, Clock clock) {
        this.config = config.rateLimit();
        TimeMeter time = timeMeter(clock);
        if (database.isPostgres()) {
            this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("comment_rate_limit").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                    .clientClock(time)
                    .build();
            // Settings may differ from those the stored buckets were made with: the newest start's settings
            // apply, keeping the tokens a bucket has (up to its new capacity), so a start grants nothing extra.
            long configurationVersion = clock.millis();
            this.buckets = (key, capacity) -> shared.builder()
                    .withImplicitConfigurationReplacement(configurationVersion, TokensInheritanceStrategy.AS_IS)
                    .build(key, () -> configuration(capacity));
        } else {
            this.shared = null;
            Cache<String, Bucket> local = Caffeine.newBuilder()
                    .expireAfterAccess(this.config.period().multipliedBy(2))
                    .maximumSize(100_000)
                    .build();
            this.buckets = (key, capacity) -> local.get(key, k -> Bucket.builder()
                    .addLimit(limit(capacity)).withCustomTimePrecision(time).build());
        }
    }

    /**
     * Takes one token from the address's and the email's bucket (both named by keyed hashes, so shared
     * buckets need the same gazette.comments.address-key on every instance); the headers describe the
     * tighter one.
     */
    public Map<String, String> consume(String addressHash, String emailHash) {
        ConsumptionProbe byAddress = take("ip:" + addressHash, config.perAddress());
        if (!byAddress.isConsumed()) {
            throw tooMany(config.perAddress(), byAddress);
        }
        ConsumptionProbe byEmail = take("email:" + emailHash, config.perEmail());
        if (!byEmail.isConsumed()) {
            throw tooMany(config.perEmail(), byEmail);
        }
        boolean emailTighter = byEmail.getRemainingTokens() < byAddress.getRemainingTokens();
        return headers(emailTighter ? config.perEmail() : config.perAddress(),
                emailTighter ? byEmail : byAddress, false);
    }

    private ConsumptionProbe take(String key, int capacity) {
        if (shared == null) {
            return buckets.apply(key, capacity).tryConsumeAndReturnRemaining(1);
        }
        // The shared buckets commit their own row updates, outside any transaction of the request.
        return QuarkusTransaction.suspendingExisting().call(() -> buckets.apply(key, capacity).tryConsumeAndReturnRemaining(1));
    }

    /** Deletes shared buckets that have refilled completely, so the table holds recent posters only. */
    @Scheduled(identity = "comment-rate-limit-cleanup", skipExecutionIf = UntilSchemaReady.class, every = "10m", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        if (shared != null) {
            while (shared.removeExpired(EXPIRED_BATCH) == EXPIRED_BATCH) {
                // Keep going while whole batches come back.
            }
        }
    }

    private BucketConfiguration configuration(int capacity) {
        return BucketConfiguration.builder().addLimit(limit(capacity)).build();
    }

    private Bandwidth limit(int capacity) {
        return Bandwidth.builder().capacity(capacity).refillGreedy(capacity, config.period()).build();
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

    /** Buckets refill by the application's Clock, like every other time rule. */
    private static TimeMeter timeMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }
}
