package io.gazette.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("id");

    /** Which comments the moderation queue shows; null fields do not filter. */
    public record QueueFilter(CommentStatus status, String articleSlug, Instant createdAfter, Instant createdBefore) {
    }

    /** The queue filter with its article found: {@code articleId} null when it does not filter by article. */
    record QueueQuery(QueueFilter filter, Long articleId) {
    }

    public List<Comment> approvedThreadsOn(long articleId, int offset, int limit) {
        return find("articleId = ?1 and status = ?2 and depth = 1", OLDEST_FIRST, articleId, CommentStatus.APPROVED)
                .range(offset, offset + limit - 1)
                .list();
    }

    public long countApprovedThreadsOn(long articleId) {
        return count("articleId = ?1 and status = ?2 and depth = 1", articleId, CommentStatus.APPROVED);
    }

    /** Approved replies of the given threads, oldest first, in one statement. */
    public List<Comment> approvedRepliesIn(Collection<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return List.of();
        }
        return list("threadId in ?1 and status = ?2", OLDEST_FIRST, threadIds, CommentStatus.APPROVED);
    }

    public long countApprovedOn(long articleId) {
        return count("articleId = ?1 and status = ?2", articleId, CommentStatus.APPROVED);
    }

    public boolean sameBodyFromSameEmailSince(String email, String body, Instant since) {
        return count("email = ?1 and body = ?2 and createdAt >= ?3", email, body, since) > 0;
    }

    /** The moderation queue, oldest first. */
    public List<Comment> queue(QueueQuery query, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select c from Comment c" + where(query, parameters) + " order by c.createdAt, c.id";
        return bind(getEntityManager().createQuery(jpql, Comment.class), parameters)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countQueue(QueueQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select count(c.id) from Comment c" + where(query, parameters);
        return bind(getEntityManager().createQuery(jpql, Long.class), parameters).getSingleResult();
    }

    private static String where(QueueQuery query, Map<String, Object> parameters) {
        QueueFilter filter = query.filter();
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status());
        }
        if (query.articleId() != null) {
            conditions.add("c.articleId = :articleId");
            parameters.put("articleId", query.articleId());
        }
        if (filter.createdAfter() != null) {
            conditions.add("c.createdAt >= :after");
            parameters.put("after", filter.createdAfter());
        }
        if (filter.createdBefore() != null) {
            conditions.add("c.createdAt < :before");
            parameters.put("before", filter.createdBefore());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
