package io.gazette.common.taxonomy;

import io.gazette.common.api.CountSort;
import io.gazette.common.persistence.SluggedEntity;
import io.gazette.common.persistence.SlugRepository;
import io.quarkus.panache.common.Sort;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What tags and authors are stored alike: a table with id, slug and name, linked to articles through
 * {@code linkTable(article_id, linkColumn)}. Published counts are SQL over those tables, so these features
 * need not know the article entity.
 */
public abstract class TaxonomyRepository<T extends SluggedEntity> extends SlugRepository<T> {

    private final String table;
    private final String linkTable;
    private final String linkColumn;

    /** @param table the taxonomy's table, named as one item is called in problem details ("tag", "author") */
    protected TaxonomyRepository(String table, String linkTable, String linkColumn) {
        super(table);
        this.table = table;
        this.linkTable = linkTable;
        this.linkColumn = linkColumn;
    }

    /** One page in the given order, loaded in two statements. */
    public List<T> page(CountSort sort, int offset, int limit) {
        if (sort == CountSort.NAME) {
            return findAll(Sort.by("name").and("id")).range(offset, offset + limit - 1).list();
        }
        List<Long> ids = idsByPublishedCount(offset, limit);
        Map<Long, T> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(found -> byId.put(found.id, found));
        }
        return ids.stream().map(byId::get).toList();
    }

    /** Published-article count per id, in one query. */
    public Map<Long, Long> publishedArticleCounts(Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<?> rows = getEntityManager().createNativeQuery(
                        "select l." + linkColumn + ", count(*) from " + linkTable + " l join article a on a.id = l.article_id"
                                + " where a.status = 'PUBLISHED' and l." + linkColumn + " in (:ids) group by l." + linkColumn)
                .setParameter("ids", ids)
                .getResultList();
        rows.forEach(row -> {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        });
        return counts;
    }

    public long publishedArticleCount(T item) {
        return publishedArticleCounts(List.of(item.id)).getOrDefault(item.id, 0L);
    }

    /** Articles of any status linked to this one. */
    public long countLinkedArticles(long id) {
        Object count = getEntityManager()
                .createNativeQuery("select count(*) from " + linkTable + " where " + linkColumn + " = :id")
                .setParameter("id", id)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** Ids ordered by how many published articles link to each, then name. */
    private List<Long> idsByPublishedCount(int offset, int limit) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "select x.id from " + table + " x"
                                + " left join (select l." + linkColumn + " as owner, count(*) as published from " + linkTable + " l"
                                + " join article a on a.id = l.article_id where a.status = 'PUBLISHED'"
                                + " group by l." + linkColumn + ") c on c.owner = x.id"
                                + " order by coalesce(c.published, 0) desc, x.name, x.id"
                                + " offset :offset rows fetch first :limit rows only", Long.class)
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }
}
