package io.gazette.transfer.wordpress;

import io.gazette.article.dto.FeaturedImage;
import io.gazette.article.query.ArticleCounts;
import io.gazette.common.error.DatabaseOutage;
import io.gazette.transfer.ImportFormat;
import io.gazette.transfer.ImportOptions;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportProgress;
import io.gazette.transfer.ImportReport;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * WordPress's export (Tools → Export, WXR 1.2) as an import format. The file is read three times, each time streamed:
 * {@link #countItems} checks it whole and counts its items; {@link #run} first collects the attachments (a post's
 * featured image may come after the post), then writes the rest in transactions of {@code batch-size} posts, so a
 * large site never holds one long transaction and an interrupted import is simply run again: what committed is
 * found by its WordPress ids and left alone. A dry run writes everything in one transaction and rolls it back.
 */
@ApplicationScoped
public class WordPressImport implements ImportFormat {

    public static final String NAME = "wordpress";
    private static final Logger LOG = Logger.getLogger(WordPressImport.class);
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DRY_RUN_TIMEOUT = Duration.ofHours(12);

    private final WordPressWriter writer;
    private final WordPressConfig config;
    private final EntityManager entityManager;
    private final Cache articleCounts;
    private final TransactionManager transactions;

    WordPressImport(WordPressWriter writer, WordPressConfig config, EntityManager entityManager,
                    @CacheName(ArticleCounts.CACHE) Cache articleCounts, TransactionManager transactions) {
        this.transactions = transactions;
        this.writer = writer;
        this.config = config;
        this.entityManager = entityManager;
        this.articleCounts = articleCounts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognizes(byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8);
        return start.contains("<rss") && start.contains("wordpress.org/export/");
    }

    @Override
    public long countItems(Path file) {
        long items = 0;
        try (WxrReader reader = WxrReader.open(file)) {
            for (WxrEntry entry = reader.next(); entry != null; entry = reader.next()) {
                items += entry instanceof WxrEntry.Item item ? 1 + item.comments().size() : 1;
            }
        }
        return items;
    }

    @Override
    public ImportReport run(Path file, ImportOptions options, ImportProgress progress) {
        ImportReport report = new ImportReport();
        Map<String, FeaturedImage> attachments = attachments(file);
        try (WxrReader reader = WxrReader.open(file)) {
            WordPressWriter.Run run = new WordPressWriter.Run(NAME + " " + reader.channel().baseSiteUrl(), attachments);
            if (options.dryRun()) {
                dryRun(run, reader, report, progress);
            } else {
                batches(reader, batch -> commit(run, batch, report, progress));
            }
        } finally {
            articleCounts.invalidateAll().await().indefinitely();
        }
        return report;
    }

    /** Everything written in one transaction, flushed and let go batch by batch, then rolled back. */
    private void dryRun(WordPressWriter.Run run, WxrReader reader, ImportReport report, ImportProgress progress) {
        try {
            transactions.setTransactionTimeout((int) DRY_RUN_TIMEOUT.toSeconds());
            transactions.begin();
            try {
                batches(reader, batch -> {
                    apply(writer.write(run, batch), report, progress);
                    entityManager.flush();
                    entityManager.clear();
                });
            } finally {
                transactions.rollback();
                transactions.setTransactionTimeout(0);
            }
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("the dry run's transaction could not be handled", e);
        }
    }

    private interface BatchWork {
        void accept(List<WxrEntry> batch);
    }

    /** Hands the file's entries on in batches of up to batch-size posts (authors and terms ride along). */
    private void batches(WxrReader reader, BatchWork work) {
        List<WxrEntry> batch = new ArrayList<>();
        int posts = 0;
        for (WxrEntry entry = reader.next(); entry != null; entry = reader.next()) {
            batch.add(entry);
            if (entry instanceof WxrEntry.Item) {
                posts++;
            }
            if (posts >= config.batchSize() || batch.size() >= config.batchSize() * 10) {
                work.accept(batch);
                batch = new ArrayList<>();
                posts = 0;
            }
        }
        if (!batch.isEmpty()) {
            work.accept(batch);
        }
    }

    /**
     * One transaction for the batch. If it fails for a reason no rule foresaw (a constraint, a value the database
     * refuses), each entry is tried again in its own transaction, and the one that fails again is refused with the
     * reason; a database outage stops the import (run it again once the database is back).
     */
    private void commit(WordPressWriter.Run run, List<WxrEntry> batch, ImportReport report, ImportProgress progress) {
        try {
            apply(QuarkusTransaction.requiringNew().timeout((int) BATCH_TIMEOUT.toSeconds()).call(() -> writer.write(run, batch)),
                    report, progress);
        } catch (RuntimeException failure) {
            if (DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            LOG.warnf("A batch of %d entries failed (%s); retrying them one by one", batch.size(), failure.toString());
            run.forget();
            for (WxrEntry entry : batch) {
                try {
                    apply(QuarkusTransaction.requiringNew().timeout((int) BATCH_TIMEOUT.toSeconds())
                            .call(() -> writer.write(run, List.of(entry))), report, progress);
                } catch (RuntimeException entryFailure) {
                    if (DatabaseOutage.causedBy(entryFailure)) {
                        throw entryFailure;
                    }
                    WordPressWriter.Batch refused = new WordPressWriter.Batch();
                    refused.done.addAll(writer.refused(entry, "the database refused it: " + rootMessage(entryFailure)));
                    apply(refused, report, progress);
                }
            }
        }
    }

    private static void apply(WordPressWriter.Batch batch, ImportReport report, ImportProgress progress) {
        for (WordPressWriter.Done done : batch.done) {
            if (done.outcome() == ImportOutcome.REJECTED) {
                report.reject(done.type(), done.sourceId(), done.reason());
            } else {
                report.count(done.type(), done.outcome());
            }
            progress.itemDone(done.type(), done.outcome());
        }
        batch.tallies.forEach(report::tally);
    }

    /** Attachment id to its URL and alt text, for featured images. */
    private static Map<String, FeaturedImage> attachments(Path file) {
        Map<String, FeaturedImage> attachments = new HashMap<>();
        try (WxrReader reader = WxrReader.open(file)) {
            for (WxrEntry entry = reader.next(); entry != null; entry = reader.next()) {
                if (entry instanceof WxrEntry.Item item && "attachment".equals(item.type()) && item.attachmentUrl() != null
                        && !item.attachmentUrl().isBlank()) {
                    String alt = WxrContent.line(item.meta().get("_wp_attachment_image_alt"));
                    attachments.put(item.id(), new FeaturedImage(item.attachmentUrl().strip(), alt == null || alt.isEmpty() ? null : alt));
                }
            }
        }
        return attachments;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
