package io.gazette.comment;

import io.gazette.article.Article;
import io.gazette.article.ArticleRepository;
import io.gazette.comment.dto.CommentInput;
import io.gazette.comment.dto.CommentReceipt;
import io.gazette.comment.dto.CommentView;
import io.gazette.comment.dto.ModeratedComment;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CommentService {

    static final String AWAITING_MODERATION = "Thank you. Your comment will appear once an editor approves it.";

    private final CommentRepository comments;
    private final ArticleRepository articles;

    CommentService(CommentRepository comments, ArticleRepository articles) {
        this.comments = comments;
        this.articles = articles;
    }

    public PagedList<CommentView> approvedOn(String articleSlug, PageRequest page) {
        Article article = publishedArticle(articleSlug);
        List<CommentView> items = comments.approvedOn(article.id, page.offset(), page.size()).stream()
                .map(CommentService::toPublicView)
                .toList();
        return new PagedList<>(items, PageMeta.of(page, article.commentCount));
    }

    @Transactional
    public CommentReceipt submit(String articleSlug, CommentInput input) {
        Article article = publishedArticle(articleSlug);
        Comment comment = new Comment();
        comment.article = article;
        comment.parent = input.parentId() == null ? null : replyTarget(article, input.parentId());
        comment.authorName = input.name().trim();
        comment.email = input.email().trim();
        comment.body = input.body();
        comment.status = CommentStatus.PENDING;
        comments.persist(comment);
        return new CommentReceipt(comment.id, comment.status, AWAITING_MODERATION);
    }

    public PagedList<ModeratedComment> queue(CommentStatus status, String articleSlug, PageRequest page) {
        List<ModeratedComment> items = comments.queue(status, articleSlug, page.offset(), page.size()).stream()
                .map(CommentService::toModerationView)
                .toList();
        return new PagedList<>(items, PageMeta.of(page, comments.countQueue(status, articleSlug)));
    }

    @Transactional
    public ModeratedComment moderate(long id, CommentStatus status) {
        Comment comment = find(id);
        comment.status = status;
        comment.moderatedAt = Instant.now();
        comments.flush();
        refreshCount(comment.article);
        return toModerationView(comment);
    }

    @Transactional
    public void delete(long id) {
        Comment comment = find(id);
        Article article = comment.article;
        comments.delete(comment);
        comments.flush();
        refreshCount(article);
    }

    private void refreshCount(Article article) {
        // Replies go with their parent by ON DELETE CASCADE, so the count is taken from the database, not adjusted.
        articles.refreshCommentCount(article.id, comments.countApprovedOn(article.id));
    }

    private Article publishedArticle(String slug) {
        return articles.findPublishedBySlug(slug).orElseThrow(() -> ProblemException.notFound("article", slug));
    }

    private Comment replyTarget(Article article, long parentId) {
        return comments.findByIdOptional(parentId)
                .filter(parent -> parent.article.id.equals(article.id) && parent.status == CommentStatus.APPROVED)
                .orElseThrow(() -> ProblemException.invalidField("parentId",
                        "must be the id of an approved comment on this article"));
    }

    private Comment find(long id) {
        return comments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("comment", String.valueOf(id)));
    }

    private static CommentView toPublicView(Comment c) {
        return new CommentView(c.id, c.parent == null ? null : c.parent.id, c.authorName, c.body, c.createdAt);
    }

    private static ModeratedComment toModerationView(Comment c) {
        return new ModeratedComment(c.id, new ModeratedComment.ArticleRef(c.article.slug, c.article.title),
                c.parent == null ? null : c.parent.id, c.authorName, c.email, c.body, c.status, c.createdAt, c.moderatedAt);
    }
}
