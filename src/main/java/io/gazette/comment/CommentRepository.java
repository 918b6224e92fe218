package io.gazette.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("id");

    public List<Comment> approvedOn(long articleId, int offset, int limit) {
        return find("article.id = ?1 and status = ?2", OLDEST_FIRST, articleId, CommentStatus.APPROVED)
                .range(offset, offset + limit - 1)
                .list();
    }

    public long countApprovedOn(long articleId) {
        return count("article.id = ?1 and status = ?2", articleId, CommentStatus.APPROVED);
    }

    /** The moderation queue, oldest first, with each comment's article fetched in the same statement. */
    public List<Comment> queue(CommentStatus status, String articleSlug, int offset, int limit) {
        String jpql = "select c from Comment c join fetch c.article a" + queueWhere(status, articleSlug) + " order by c.createdAt, c.id";
        return bindQueue(getEntityManager().createQuery(jpql, Comment.class), status, articleSlug)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countQueue(CommentStatus status, String articleSlug) {
        String jpql = "select count(c.id) from Comment c join c.article a" + queueWhere(status, articleSlug);
        return bindQueue(getEntityManager().createQuery(jpql, Long.class), status, articleSlug).getSingleResult();
    }

    private static String queueWhere(CommentStatus status, String articleSlug) {
        if (status != null && articleSlug != null) {
            return " where c.status = :status and a.slug = :slug";
        }
        if (status != null) {
            return " where c.status = :status";
        }
        return articleSlug != null ? " where a.slug = :slug" : "";
    }

    private static <T> TypedQuery<T> bindQueue(TypedQuery<T> query, CommentStatus status, String articleSlug) {
        if (status != null) {
            query.setParameter("status", status);
        }
        if (articleSlug != null) {
            query.setParameter("slug", articleSlug);
        }
        return query;
    }
}
