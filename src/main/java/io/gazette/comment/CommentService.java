package io.gazette.comment;

import io.gazette.comment.CommentRepository.QueueFilter;
import io.gazette.comment.CommentRepository.QueueQuery;
import io.gazette.comment.dto.CommentInput;
import io.gazette.comment.dto.CommentReceipt;
import io.gazette.comment.dto.CommentThread;
import io.gazette.comment.dto.CommentView;
import io.gazette.comment.dto.CommentsState;
import io.gazette.comment.dto.ModeratedComment;
import io.gazette.comment.dto.StaffReplyInput;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import io.gazette.common.text.Texts;
import io.gazette.common.web.ContentChanged;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.event.EventType;
import io.gazette.event.PublicEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CommentService {

    static final String AWAITING_MODERATION = "Thank you. Your comment will appear once an editor approves it.";
    private static final String DEFAULT_STAFF_NAME = "Editor";

    private final CommentRepository comments;
    private final CommentedArticles articles;
    private final Event<CommentCountChanged> countChanged;
    private final CommentRules rules;
    private final CommentConfig config;
    private final Clock clock;
    private final SurrogateKeys keys;
    private final Event<ContentChanged> changed;
    private final Event<PublicEvent> events;

    CommentService(CommentRepository comments, CommentedArticles articles, Event<CommentCountChanged> countChanged,
                   CommentRules rules, CommentConfig config, Clock clock, SurrogateKeys keys, Event<ContentChanged> changed,
                   Event<PublicEvent> events) {
        this.events = events;
        this.comments = comments;
        this.articles = articles;
        this.countChanged = countChanged;
        this.rules = rules;
        this.config = config;
        this.clock = clock;
        this.keys = keys;
        this.changed = changed;
    }

    /** Threads (approved top-level comments) oldest first, each with its approved replies: three statements. */
    public PagedList<CommentThread> threadsOn(String articleSlug, PageRequest page) {
        CommentTarget article = publishedArticle(articleSlug);
        keys.add(SurrogateKeys.comments(article.id()));
        List<Comment> roots = comments.approvedThreadsOn(article.id(), page.offset(), page.size());
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        roots.forEach(root -> replies.put(root.id, new ArrayList<>()));
        for (Comment reply : comments.approvedRepliesIn(replies.keySet())) {
            replies.get(reply.threadId).add(toPublicView(reply));
        }
        List<CommentThread> items = roots.stream()
                .map(root -> new CommentThread(root.id, root.authorName, root.body, root.staff, root.createdAt,
                        replies.get(root.id).size(), replies.get(root.id)))
                .toList();
        return new PagedList<>(items, PageMeta.of(page, comments.countApprovedThreadsOn(article.id())));
    }

    /**
     * A reader's comment: stored as pending, or silently as spam (honeypot filled, too many links,
     * blocked words); the answer is the same either way, so a spammer learns nothing.
     */
    @Transactional
    public CommentReceipt submit(String articleSlug, CommentInput input) {
        return submit(articleSlug, NewComment.of(input), null);
    }

    /** With the poster's hashed address, for moderation. */
    @Transactional
    public CommentReceipt submit(String articleSlug, NewComment input, String addressHash) {
        CommentTarget article = publishedArticle(articleSlug);
        requireOpen(article);
        rules.requireValid(input.name(), input.body());
        Instant now = clock.instant();
        if (comments.sameBodyFromSameEmailSince(input.email(), input.body(), now.minus(Duration.ofMinutes(config.duplicateWindowMinutes())))) {
            throw ProblemException.conflict("The same comment was already received from this address");
        }
        Comment comment = new Comment();
        comment.articleId = article.id();
        if (input.parentId() != null) {
            comment.replyTo(replyTarget(article, input.parentId()));
        }
        comment.authorName = input.name();
        comment.email = input.email();
        comment.body = input.body();
        comment.status = rules.isSpam(input.body(), input.website()) ? CommentStatus.SPAM : CommentStatus.PENDING;
        comment.addressHash = addressHash;
        comment.createdAt = now;
        comments.persist(comment);
        if (comment.status == CommentStatus.PENDING) {
            comments.flush();
            announce(EventType.COMMENT_SUBMITTED, comment, article);
        }
        return new CommentReceipt(comment.id, CommentStatus.PENDING, AWAITING_MODERATION);
    }

    @Transactional
    public ModeratedComment replyAsStaff(long parentId, StaffReplyInput input, String editor) {
        Comment parent = find(parentId);
        if (parent.status != CommentStatus.APPROVED) {
            throw ProblemException.conflict("Comment " + parentId + " is " + parent.status + "; approve it before replying");
        }
        Comment reply = new Comment();
        reply.articleId = parent.articleId;
        reply.replyTo(parent);
        if (reply.depth > config.maxDepth()) {
            throw ProblemException.conflict("Replies nest at most " + config.maxDepth() + " levels");
        }
        reply.authorName = Texts.blankToNull(input.name()) == null ? DEFAULT_STAFF_NAME : input.name().trim();
        reply.email = "";
        reply.body = input.body().trim();
        rules.requireValid(reply.authorName, reply.body);
        reply.staff = true;
        Instant now = clock.instant();
        reply.createdAt = now;
        reply.moderate(CommentStatus.APPROVED, editor, now);
        comments.persist(reply);
        comments.flush();
        announceApproved(List.of(reply));
        refreshCount(reply.articleId);
        return toModerationView(reply);
    }

    /** Comments with their articles: three statements (four with an article filter). */
    public PagedList<ModeratedComment> queue(QueueFilter filter, PageRequest page) {
        Long articleId = null;
        if (filter.articleSlug() != null) {
            Optional<CommentTarget> article = articles.findAnyStatus(filter.articleSlug());
            if (article.isEmpty()) {
                return new PagedList<>(List.of(), PageMeta.of(page, 0));
            }
            articleId = article.get().id();
        }
        QueueQuery query = new QueueQuery(filter, articleId);
        List<ModeratedComment> items = toModerationViews(comments.queue(query, page.offset(), page.size()));
        return new PagedList<>(items, PageMeta.of(page, comments.countQueue(query)));
    }

    @Transactional
    public ModeratedComment moderate(long id, CommentStatus status, String editor) {
        Comment comment = find(id);
        List<Comment> approved = status == CommentStatus.APPROVED && comment.status != CommentStatus.APPROVED ? List.of(comment) : List.of();
        comment.moderate(status, editor, clock.instant());
        comments.flush();
        announceApproved(approved);
        refreshCount(comment.articleId);
        return toModerationView(comment);
    }

    /** All or nothing: an unknown id is a 404 naming every missing one, and nothing changes. */
    @Transactional
    public List<ModeratedComment> moderateAll(List<Long> ids, CommentStatus status, String editor) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        List<Comment> found = comments.list("id in ?1", wanted);
        if (found.size() != wanted.size()) {
            Set<Long> missing = new LinkedHashSet<>(wanted);
            found.forEach(c -> missing.remove(c.id));
            throw new ProblemException(ProblemType.NOT_FOUND, "No comments with ids " + missing + "; none was changed");
        }
        Instant now = clock.instant();
        List<Comment> approved = status == CommentStatus.APPROVED
                ? found.stream().filter(c -> c.status != CommentStatus.APPROVED).toList() : List.of();
        found.forEach(c -> c.moderate(status, editor, now));
        comments.flush();
        announceApproved(approved);
        found.stream().map(c -> c.articleId).distinct().forEach(this::refreshCount);
        return toModerationViews(found);
    }

    @Transactional
    public void delete(long id) {
        Comment comment = find(id);
        comments.delete(comment);
        comments.flush();
        refreshCount(comment.articleId);
    }

    public CommentsState state(String articleSlug) {
        CommentTarget article = publishedArticle(articleSlug);
        keys.add(SurrogateKeys.comments(article.id()));
        return state(article);
    }

    @Transactional
    public CommentsState setOpen(String articleSlug, boolean open) {
        CommentTarget article = publishedOrDraft(articleSlug);
        articles.setCommentsClosed(article.id(), !open);
        // closing moves the article's updatedAt and version, which its public page shows
        changed.fire(ContentChanged.of(SurrogateKeys.comments(article.id()), SurrogateKeys.article(article.id()), SurrogateKeys.card(article.id())));
        return state(article.withCommentsClosed(!open));
    }

    private CommentsState state(CommentTarget article) {
        Instant closesAt = closesAt(article);
        boolean open = !article.commentsClosed() && (closesAt == null || clock.instant().isBefore(closesAt));
        return new CommentsState(article.slug(), open, closesAt);
    }

    private Instant closesAt(CommentTarget article) {
        return config.closeAfterDays() > 0 && article.publishedAt() != null
                ? article.publishedAt().plus(Duration.ofDays(config.closeAfterDays()))
                : null;
    }

    private void requireOpen(CommentTarget article) {
        if (!state(article).open()) {
            throw ProblemException.conflict("Comments on this article are closed");
        }
    }

    private void refreshCount(long articleId) {
        // Replies go with their parent by ON DELETE CASCADE, so the count is taken from the database, not adjusted.
        countChanged.fire(new CommentCountChanged(articleId, comments.countApprovedOn(articleId)));
        // The threads, and the article's commentCount on its page and its cards
        changed.fire(ContentChanged.of(SurrogateKeys.comments(articleId), SurrogateKeys.article(articleId), SurrogateKeys.card(articleId)));
    }

    private void announceApproved(List<Comment> approved) {
        Map<Long, CommentTarget> onArticles = articles.findByIds(approved.stream().map(c -> c.articleId).distinct().toList());
        approved.forEach(c -> announce(EventType.COMMENT_APPROVED, c, onArticles.get(c.articleId)));
    }

    /** A comment event with what readers see of the comment (never the email or address) and which article it is on. */
    private void announce(EventType type, Comment c, CommentTarget article) {
        Set<String> purged = type == EventType.COMMENT_APPROVED
                ? Set.of(SurrogateKeys.comments(article.id()), SurrogateKeys.article(article.id()), SurrogateKeys.card(article.id()))
                : Set.of();
        events.fire(new PublicEvent(type, PublicEvent.COMMENT, c.id, purged, new CommentEvent(c.id,
                new CommentEvent.ArticleRef(article.id(), article.slug()), c.parent == null ? null : c.parent.id, c.authorName,
                c.body, c.staff, c.status, c.createdAt)));
    }

    private CommentTarget publishedArticle(String slug) {
        return articles.findPublished(slug).orElseThrow(() -> ProblemException.notFound("article", slug));
    }

    private CommentTarget publishedOrDraft(String slug) {
        return articles.findAnyStatus(slug).orElseThrow(() -> ProblemException.notFound("article", slug));
    }

    private Comment replyTarget(CommentTarget article, long parentId) {
        Comment parent = comments.findByIdOptional(parentId)
                .filter(p -> p.articleId == article.id() && p.status == CommentStatus.APPROVED)
                .orElseThrow(() -> ProblemException.invalidField("parentId",
                        "must be the id of an approved comment on this article"));
        if (parent.depth >= config.maxDepth()) {
            throw ProblemException.invalidField("parentId", "replies nest at most " + config.maxDepth() + " levels");
        }
        return parent;
    }

    private Comment find(long id) {
        return comments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("comment", String.valueOf(id)));
    }

    private static CommentView toPublicView(Comment c) {
        return new CommentView(c.id, c.parent == null ? null : c.parent.id, c.authorName, c.body, c.staff, c.createdAt);
    }

    private ModeratedComment toModerationView(Comment comment) {
        return toModerationViews(List.of(comment)).get(0);
    }

    private List<ModeratedComment> toModerationViews(List<Comment> found) {
        Map<Long, CommentTarget> onArticles = articles.findByIds(found.stream().map(c -> c.articleId).distinct().toList());
        return found.stream().map(c -> toModerationView(c, onArticles.get(c.articleId))).toList();
    }

    private static ModeratedComment toModerationView(Comment c, CommentTarget article) {
        return new ModeratedComment(c.id, new ModeratedComment.ArticleRef(article.slug(), article.title()),
                c.parent == null ? null : c.parent.id, c.authorName, c.email, c.body, c.status, c.createdAt,
                c.moderatedAt, c.moderatedBy, c.staff, c.addressHash);
    }
}
