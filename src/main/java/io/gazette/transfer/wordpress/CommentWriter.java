package io.gazette.transfer.wordpress;

import static io.gazette.transfer.wordpress.WxrContent.blankToNull;
import static io.gazette.transfer.wordpress.WxrContent.firstNonBlank;
import static io.gazette.transfer.wordpress.WxrContent.truncate;

import io.gazette.article.Article;
import io.gazette.article.ArticleRepository;
import io.gazette.comment.CommentImports;
import io.gazette.comment.CommentStatus;
import io.gazette.common.text.Hashes;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportReference;
import io.gazette.transfer.wordpress.WordPressWriter.Batch;
import io.gazette.transfer.wordpress.WordPressWriter.Done;
import io.gazette.transfer.wordpress.WordPressWriter.Refused;
import io.gazette.transfer.wordpress.WordPressWriter.Run;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A post's comments as Gazette comments, with their threads, statuses and original times; each found again by its
 * WordPress id and left alone while it hashes as it did when last imported.
 */
@ApplicationScoped
class CommentWriter {

    private static final String COMMENT = WordPressWriter.COMMENT;
    private static final int NAME_LENGTH = 100;
    private static final int COMMENT_LENGTH = 5000;
    private static final int EMAIL_LENGTH = 320;

    private final ArticleRepository articles;
    private final ImportReference.Repository imported;
    private final CommentImports comments;
    private final Clock clock;

    CommentWriter(ArticleRepository articles, ImportReference.Repository imported, CommentImports comments, Clock clock) {
        this.articles = articles;
        this.imported = imported;
        this.comments = comments;
        this.clock = clock;
    }

    /**
     * The post's comments, parents before replies. {@code article} is null when the post itself was unchanged: its
     * comments are then written only if they changed, and not at all if the article was deleted in Gazette since.
     */
    void write(Run run, Batch batch, WxrEntry.Item item, long articleId, Article article) {
        if (item.comments().isEmpty()) {
            return;
        }
        Map<String, ImportReference> known = imported.find(run.source, COMMENT,
                item.comments().stream().map(WxrEntry.Comment::id).filter(Objects::nonNull).toList());
        Map<String, Long> idsByWordPressId = new HashMap<>();
        known.forEach((id, reference) -> idsByWordPressId.put(id, reference.targetId));
        Boolean articleExists = article != null ? Boolean.TRUE : null;
        boolean changedAny = false;
        for (WxrEntry.Comment wordpress : parentsFirst(item.comments())) {
            String type = wordpress.type() == null ? "" : wordpress.type();
            if (type.equals("pingback") || type.equals("trackback")) {
                batch.done.add(new Done(COMMENT, wordpress.id(), ImportOutcome.SKIPPED, type));
                continue;
            }
            CommentImports.Imported comment;
            try {
                comment = comment(wordpress, article != null ? article.createdAt : null);
            } catch (Refused refused) {
                batch.done.add(new Done(COMMENT, wordpress.id(), ImportOutcome.REJECTED, refused.getMessage()));
                continue;
            }
            String parent = wordpress.parent() == null || wordpress.parent().isBlank() || wordpress.parent().equals("0")
                    ? null : wordpress.parent().strip();
            String hash = Hashes.sha256Hex(String.join("\n", comment.name(), comment.email(), String.valueOf(comment.address()),
                    comment.body(), comment.status().value(), String.valueOf(comment.createdAt()), String.valueOf(parent)));
            ImportReference reference = known.get(wordpress.id());
            if (reference != null && hash.equals(reference.contentHash)) {
                batch.done.add(new Done(COMMENT, wordpress.id(), ImportOutcome.UNCHANGED, null));
                continue;
            }
            if (articleExists == null) {
                articleExists = articles.findById(articleId) != null;
            }
            if (!articleExists) {
                batch.done.add(new Done(COMMENT, wordpress.id(), ImportOutcome.REJECTED, "its article was deleted in Gazette"));
                continue;
            }
            Long parentId = parent == null ? null : idsByWordPressId.get(parent);
            if (parent != null && parentId == null) {
                batch.tally("replies whose parent is not in the file, kept as top-level comments");
            }
            ImportOutcome outcome;
            long id;
            if (reference != null && comments.update(reference.targetId, articleId, comment)) {
                id = reference.targetId;
                outcome = ImportOutcome.UPDATED;
            } else {
                id = comments.create(articleId, parentId, comment);
                outcome = ImportOutcome.CREATED;
            }
            imported.save(run.source, COMMENT, wordpress.id(), id, hash, clock.instant());
            idsByWordPressId.put(wordpress.id(), id);
            changedAny = true;
            batch.done.add(new Done(COMMENT, wordpress.id(), outcome, null));
        }
        if (changedAny) {
            comments.refreshCount(articleId);
            batch.purge.addAll(List.of(SurrogateKeys.comments(articleId), SurrogateKeys.article(articleId),
                    SurrogateKeys.card(articleId)));
        }
    }

    private static CommentImports.Imported comment(WxrEntry.Comment wordpress, Instant fallbackTime) {
        CommentStatus status = switch (String.valueOf(wordpress.approved())) {
            case "1" -> CommentStatus.APPROVED;
            case "0" -> CommentStatus.PENDING;
            case "spam" -> CommentStatus.SPAM;
            case "trash", "post-trashed" -> CommentStatus.REJECTED;
            default -> throw new Refused("unknown comment status '" + wordpress.approved() + "'");
        };
        String body = WxrContent.lines(wordpress.content());
        if (body == null || body.isEmpty()) {
            throw new Refused("an empty comment");
        }
        if (body.length() > COMMENT_LENGTH) {
            throw new Refused("longer than " + COMMENT_LENGTH + " characters");
        }
        String email = wordpress.email() == null ? "" : wordpress.email().strip();
        if (email.length() > EMAIL_LENGTH) {
            throw new Refused("an email longer than " + EMAIL_LENGTH + " characters");
        }
        Instant createdAt = WxrContent.gmt(wordpress.dateGmt());
        if (createdAt == null) {
            createdAt = fallbackTime;
        }
        if (createdAt == null) {
            throw new Refused("no wp:comment_date_gmt");
        }
        String name = truncate(firstNonBlank(WxrContent.line(wordpress.author()), "Anonymous", null), NAME_LENGTH);
        return new CommentImports.Imported(name, email, blankToNull(wordpress.ip()), body, status, createdAt);
    }

    /** Comments ordered so that each parent (when in the list) comes before its replies; otherwise in file order. */
    private static List<WxrEntry.Comment> parentsFirst(List<WxrEntry.Comment> comments) {
        Map<String, WxrEntry.Comment> byId = new LinkedHashMap<>();
        comments.forEach(c -> byId.put(c.id(), c));
        Map<String, Integer> depth = new HashMap<>();
        for (WxrEntry.Comment c : comments) {
            int d = 0;
            Set<String> seen = new HashSet<>();
            for (WxrEntry.Comment at = c; at != null && at.parent() != null && byId.containsKey(at.parent()) && seen.add(at.id());
                 at = byId.get(at.parent())) {
                d++;
            }
            depth.put(c.id(), d);
        }
        List<WxrEntry.Comment> ordered = new ArrayList<>(comments);
        ordered.sort(Comparator.comparingInt(c -> depth.getOrDefault(c.id(), 0)));
        return ordered;
    }
}
