package io.gazette.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.Clock;

/**
 * Comments brought by an import (a WordPress export), with their own times, statuses and threads. They skip the
 * rules for new comments (rate limits, spam words, closed articles, the depth cap, replies to approved comments
 * only): they happened elsewhere, and are kept as they were. The address is stored as the same keyed hash as a
 * submitted comment's; emails stay private like every commenter's.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class CommentImports {

    public static final String ACTOR = "import";

    /** One comment as the source had it; address may be null. */
    public record Imported(String name, String email, String address, String body, CommentStatus status, Instant createdAt) {
    }

    private final CommentRepository comments;
    private final CommentSubmissions submissions;
    private final Event<CommentCountChanged> countChanged;
    private final Clock clock;

    CommentImports(CommentRepository comments, CommentSubmissions submissions, Event<CommentCountChanged> countChanged,
                   Clock clock) {
        this.clock = clock;
        this.comments = comments;
        this.submissions = submissions;
        this.countChanged = countChanged;
    }

    /** A new comment on the article, a reply when {@code parentId} (a comment of the same article) is given; its id. */
    public long create(long articleId, Long parentId, Imported imported) {
        Comment comment = new Comment();
        comment.articleId = articleId;
        if (parentId != null) {
            comment.replyTo(comments.findById(parentId));
        }
        apply(comment, imported);
        comment.createdAt = imported.createdAt();
        comments.persist(comment);
        return comment.id;
    }

    /** Brings an imported comment up to date; false when it has been deleted since (or belongs to another article). */
    public boolean update(long id, long articleId, Imported imported) {
        Comment comment = comments.findById(id);
        if (comment == null || comment.articleId != articleId) {
            return false;
        }
        apply(comment, imported);
        comment.createdAt = imported.createdAt();
        return true;
    }

    public boolean exists(long id, long articleId) {
        Comment comment = comments.findById(id);
        return comment != null && comment.articleId == articleId;
    }

    /**
     * After an article's comments were imported: its count. The pages that show them (the article's and its threads)
     * are the importer's to purge, once for a whole batch.
     */
    public void refreshCount(long articleId) {
        comments.flush();
        countChanged.fire(new CommentCountChanged(articleId, comments.countApprovedOn(articleId)));
    }

    private void apply(Comment comment, Imported imported) {
        comment.authorName = imported.name();
        comment.email = imported.email();
        comment.body = imported.body();
        comment.addressHash = imported.address() == null || imported.address().isBlank() ? null
                : submissions.addressHash(imported.address());
        if (comment.status != imported.status() || comment.id == null) {
            // moderated where it came from, at a time the export does not say: the import sets the status now
            boolean moderated = imported.status() != CommentStatus.PENDING;
            comment.status = imported.status();
            comment.moderatedBy = moderated ? ACTOR : null;
            comment.moderatedAt = moderated ? clock.instant() : null;
        }
    }
}
