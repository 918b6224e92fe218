package io.gazette.tag;

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
public class TagRepository implements PanacheRepository<Tag> {

    /** One page in the given order, loaded in two statements. */
    public List<Tag> page(CountSort sort, int offset, int limit) {
        if (sort == CountSort.NAME) {
            return findAll(Sort.by("name").and("id")).range(offset, offset + limit - 1).list();
        }
        List<Long> ids = PublishedCountOrder.ids(getEntityManager(), "tag", "article_tag", "tag_id", offset, limit);
        Map<Long, Tag> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(found -> byId.put(found.id, found));
        }
        return ids.stream().map(byId::get).toList();
    }

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
