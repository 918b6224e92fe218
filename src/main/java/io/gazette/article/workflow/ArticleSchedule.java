package io.gazette.article.workflow;

import io.gazette.article.query.ArticleCounts;
import io.gazette.common.persistence.UntilSchemaReady;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled articles and takes down expired ones on time. Several instances may share one
 * database: each run locks the due rows it takes with FOR UPDATE SKIP LOCKED, so two runs never pick
 * the same article, and the article's version check stops a second publication even if they did.
 */
@ApplicationScoped
public class ArticleSchedule {

    public static final String ACTOR = "scheduler";
    private static final Logger LOG = Logger.getLogger(ArticleSchedule.class);
    private static final int BATCH = 100;

    private final EntityManager entityManager;
    private final ArticleWorkflow articles;
    private final Clock clock;

    ArticleSchedule(EntityManager entityManager, ArticleWorkflow articles, Clock clock) {
        this.entityManager = entityManager;
        this.articles = articles;
        this.clock = clock;
    }

    @Scheduled(identity = "article-schedule", skipExecutionIf = UntilSchemaReady.class, every = "${gazette.schedule-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runDue();
    }

    /** Applies every publication and take-down due now, in batches; returns how many articles changed. */
    public int runDue() {
        int changed = 0;
        int batch;
        do {
            batch = runBatch(clock.instant());
            changed += batch;
        } while (batch == BATCH);
        if (changed > 0) {
            LOG.infof("Schedule run published or took down %d article(s)", changed);
        }
        return changed;
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public int runBatch(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> due = entityManager.createNativeQuery(
                        "select id from article where (status = 'SCHEDULED' and publish_at <= ?1)"
                                + " or (status = 'PUBLISHED' and unpublish_at <= ?1)"
                                + " order by id limit " + BATCH + " for update skip locked")
                .setParameter(1, now)
                .getResultList();
        int changed = 0;
        for (Number id : due) {
            if (articles.applySchedule(id.longValue(), now)) {
                changed++;
            }
        }
        return changed;
    }
}
