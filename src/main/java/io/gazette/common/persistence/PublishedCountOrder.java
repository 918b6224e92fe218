package io.gazette.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Ids of a taxonomy table (tags, authors) ordered by how many published articles link to each, then name. */
public final class PublishedCountOrder {

    private PublishedCountOrder() {
    }

    /**
     * @param table      the taxonomy table, with id and name columns
     * @param linkTable  the article link table, with article_id and {@code linkColumn}
     */
    public static List<Long> ids(EntityManager entityManager, String table, String linkTable, String linkColumn,
                                 int offset, int limit) {
        List<?> rows = entityManager.createNativeQuery(
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
