package io.gazette.author;

import io.gazette.article.ArticleStatus;
import io.gazette.common.api.CountSort;
import io.gazette.common.persistence.PublishedCountOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class AuthorRepository implements PanacheRepository<Author> {

    /** One page in the given order, loaded in two statements. */
    public List<Author> page(CountSort sort, int offset, int limit) {
        if (sort == CountSort.NAME) {
            return findAll(Sort.by("name").and("id")).range(offset, offset + limit - 1).list();
        }
        List<Long> ids = PublishedCountOrder.ids(getEntityManager(), "author", "article_author", "author_id", offset, limit);
        Map<Long, Author> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(found -> byId.put(found.id, found));
        }
        return ids.stream().map(byId::get).toList();
    }

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Author> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Published-article count per author id, in one query. */
    public Map<Long, Long> publishedArticleCounts(Collection<Long> authorIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (authorIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("""
                        select au.id, count(a.id) from Article a join a.authors au
                        where a.status = :published and au.id in :ids group by au.id""", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("ids", authorIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public long countArticlesCrediting(Author author) {
        return getEntityManager().createQuery(
                        "select count(a.id) from Article a join a.authors au where au = :author", Long.class)
                .setParameter("author", author)
                .getSingleResult();
    }
}
