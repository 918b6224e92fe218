package io.gazette.transfer.wordpress;

import io.gazette.article.dto.FeaturedImage;
import io.gazette.common.web.ContentChanged;
import io.gazette.event.PublicEvent;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the entries of a WordPress export, inside a transaction the caller holds: authors, tags, posts as articles
 * with their comments and old addresses. Every item is found again by its WordPress id through an
 * {@link ImportReference}; an item whose mapped content hashes as it did last time is left alone (UNCHANGED).
 * An item that breaks a rule is refused (REJECTED, with the reason) before anything of it is written, so the
 * transaction goes on with the next.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
class WordPressWriter {

    static final String ACTOR = "import";
    static final String AUTHOR = "author";
    static final String TAG = "tag";
    static final String ARTICLE = "article";
    static final String COMMENT = "comment";

    /** What one import run knows across batches: the site, its featured images, and each login's author slug. */
    static final class Run {
        final String source;
        final Map<String, FeaturedImage> attachments;
        final Map<String, String> authorSlugs = new HashMap<>();
        /** A post's category or tag (WordPress slug) to the Gazette tag's slug, once found or made in this run. */
        final Map<String, String> tagSlugs = new HashMap<>();

        Run(String source, Map<String, FeaturedImage> attachments) {
            this.source = source;
            this.attachments = attachments;
        }

        /** After a batch rolled back: what it made is gone, so nothing it found may be trusted. */
        void forget() {
            authorSlugs.clear();
            tagSlugs.clear();
        }
    }

    /** The outcome of one item of the file. */
    record Done(String type, String sourceId, ImportOutcome outcome, String reason) {
    }

    /** What one batch did: outcomes, tallies and the surrogate keys its writes invalidated; applied once it commits. */
    static final class Batch {
        final List<Done> done = new ArrayList<>();
        final Map<String, Long> tallies = new LinkedHashMap<>();
        final Set<String> purge = new TreeSet<>();

        void tally(String name) {
            tallies.merge(name, 1L, Long::sum);
        }
    }

    /** A rule the item breaks; the item is refused, nothing of it written. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final TaxonomyWriter taxonomies;
    private final ArticleWriter articles;
    private final Event<ContentChanged> changed;
    private final Event<PublicEvent> events;

    WordPressWriter(TaxonomyWriter taxonomies, ArticleWriter articles, Event<ContentChanged> changed, Event<PublicEvent> events) {
        this.events = events;
        this.taxonomies = taxonomies;
        this.articles = articles;
        this.changed = changed;
    }

    /** Writes the entries in order; their purges go out as one change. */
    Batch write(Run run, List<WxrEntry> entries) {
        Batch batch = new Batch();
        for (WxrEntry entry : entries) {
            write(run, batch, entry);
        }
        if (!batch.purge.isEmpty()) {
            changed.fire(new ContentChanged(batch.purge));
            events.fire(PublicEvent.imported(WordPressImport.NAME, batch.purge));
        }
        return batch;
    }

    private void write(Run run, Batch batch, WxrEntry entry) {
        if (entry instanceof WxrEntry.Author author) {
            batch.done.add(taxonomies.author(run, batch, author));
        } else if (entry instanceof WxrEntry.Term term) {
            batch.done.add(taxonomies.term(run, batch, term));
        } else if (entry instanceof WxrEntry.Item item) {
            articles.item(run, batch, item);
        }
    }

    /** Every item of an entry, refused with one reason (a batch that failed as a whole, retried entry by entry). */
    List<Done> refused(WxrEntry entry, String reason) {
        if (entry instanceof WxrEntry.Author author) {
            return List.of(new Done(AUTHOR, author.login(), ImportOutcome.REJECTED, reason));
        }
        if (entry instanceof WxrEntry.Term term) {
            return List.of(new Done(taxonomies.termType(term), term.slug(), ImportOutcome.REJECTED, reason));
        }
        return refusedWhole((WxrEntry.Item) entry, reason);
    }

    /** The item refused, and its comments with it. */
    static List<Done> refusedWhole(WxrEntry.Item item, String reason) {
        List<Done> done = new ArrayList<>();
        done.add(new Done(ArticleWriter.itemType(item), item.id(), ImportOutcome.REJECTED, reason));
        item.comments().forEach(c -> done.add(new Done(COMMENT, c.id(), ImportOutcome.REJECTED, "its post was refused")));
        return done;
    }
}
