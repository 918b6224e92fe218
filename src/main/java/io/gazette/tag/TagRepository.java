package io.gazette.tag;

import io.gazette.article.ArticleStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class TagRepository implements PanacheRepository<Tag> {

    public Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Tag> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Published-article count per tag id, in one query. */
    public Map<Long, Long> publishedArticleCounts(Collection<Long> tagIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (tagIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("""
                        select t.id, count(a.id) from Article a join a.tags t
                        where a.status = :published and t.id in :ids group by t.id""", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("ids", tagIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
