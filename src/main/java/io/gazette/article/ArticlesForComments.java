package io.gazette.article;

import io.gazette.comment.CommentCountChanged;
import io.gazette.comment.CommentTarget;
import io.gazette.comment.CommentedArticles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What the comment feature reads and writes of articles: the comments-closed flag and the approved-comment count. */
@ApplicationScoped
class ArticlesForComments implements CommentedArticles {

    private final ArticleRepository articles;
    private final ArticlePurges purges;

    ArticlesForComments(ArticleRepository articles, ArticlePurges purges) {
        this.articles = articles;
        this.purges = purges;
    }

    @Override
    public Optional<CommentTarget> findPublished(String slug) {
        return articles.findPublishedBySlug(slug).map(ArticlesForComments::toTarget);
    }

    @Override
    public Optional<CommentTarget> findAnyStatus(String slug) {
        return articles.findBySlug(slug).map(ArticlesForComments::toTarget);
    }

    @Override
    public Map<Long, CommentTarget> findByIds(Collection<Long> ids) {
        Map<Long, CommentTarget> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        articles.getEntityManager().createQuery(
                        "select a.id, a.slug, a.title, a.publishedAt, a.commentsClosed from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> byId.put((Long) row[0],
                        new CommentTarget((Long) row[0], (String) row[1], (String) row[2], (Instant) row[3], (Boolean) row[4])));
        return byId;
    }

    @Override
    public void setCommentsClosed(long articleId, boolean closed) {
        Article article = articles.findById(articleId);
        article.commentsClosed = closed;
        articles.flush();
    }

    void onCommentCountChanged(@Observes CommentCountChanged change) {
        if (articles.refreshCommentCount(change.articleId(), change.approvedCount())) {
            purges.commentsCounted(change.articleId());
        }
    }

    private static CommentTarget toTarget(Article a) {
        return new CommentTarget(a.id, a.slug, a.title, a.publishedAt, a.commentsClosed);
    }
}
