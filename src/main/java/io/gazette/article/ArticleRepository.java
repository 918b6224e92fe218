package io.gazette.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    public Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Article> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /**
     * One page of articles with their authors and tags: one statement for the page, one for the
     * total and one per relation, whatever the page size.
     */
    public List<Article> page(ArticleFilter filter, int offset, int limit) {
        Where where = where(filter);
        String order = filter.status() == ArticleStatus.PUBLISHED
                ? " order by a.publishedAt desc, a.id desc"
                : " order by a.updatedAt desc, a.id desc";
        TypedQuery<Long> ids = getEntityManager().createQuery("select a.id from Article a" + where.clause + order, Long.class);
        where.parameters.forEach(ids::setParameter);
        List<Long> pageIds = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
        return withRelations(pageIds);
    }

    public long count(ArticleFilter filter) {
        Where where = where(filter);
        TypedQuery<Long> query = getEntityManager().createQuery("select count(a.id) from Article a" + where.clause, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Loads articles with authors and tags in two statements and returns them in the order of {@code ids}. */
    public List<Article> withRelations(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Article> articles = getEntityManager()
                .createQuery("select distinct a from Article a left join fetch a.authors where a.id in :ids", Article.class)
                .setParameter("ids", ids)
                .getResultList();
        getEntityManager()
                .createQuery("select distinct a from Article a left join fetch a.tags where a.id in :ids", Article.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(a -> position.get(a.id)));
        return ordered;
    }

    public void refreshCommentCount(long articleId, long approvedComments) {
        update("commentCount = ?1 where id = ?2", (int) approvedComments, articleId);
    }

    private static Where where(ArticleFilter filter) {
        Where where = new Where();
        if (filter.status() != null) {
            where.add("a.status = :status", "status", filter.status());
        }
        if (filter.section() != null) {
            where.add("a.section = :section", "section", filter.section());
        }
        if (filter.language() != null) {
            where.add("a.language = :language", "language", filter.language());
        }
        if (filter.tag() != null) {
            where.add("a.id in (select ta.id from Article ta join ta.tags t where t.slug = :tag)", "tag", filter.tag());
        }
        if (filter.author() != null) {
            where.add("a.id in (select aa.id from Article aa join aa.authors au where au.slug = :author)", "author", filter.author());
        }
        return where;
    }

    private static final class Where {
        private String clause = "";
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String condition, String name, Object value) {
            clause += (clause.isEmpty() ? " where " : " and ") + condition;
            parameters.put(name, value);
        }
    }
}
