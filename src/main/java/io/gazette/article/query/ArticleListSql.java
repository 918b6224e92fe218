package io.gazette.article.query;

import io.gazette.article.ArticleStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one page of an article list and of its total, for alias {@code a} (article) and {@code l}
 * (tag links). The plan is chosen once, when built: a published list filtered by tags and ordered by
 * date reads the tags' links, which carry publishedAt (migration V9), instead of walking articles until
 * enough carry the tag; with no other condition it never touches the article table.
 */
public final class ArticleListSql {

    enum Plan { TAG_LINKS_ONLY, TAG_LINKS_THEN_ARTICLES, ARTICLES }

    /** A statement and its named parameters. */
    public record Statement(String sql, Map<String, Object> parameters) {
    }

    /** The sort value and id of the last card read: cursor pages continue after it. */
    public record Keyset(Object sortValue, long id) {
    }

    private final ArticleQuery query;
    private final ArticleSearch search;
    private final Plan plan;

    public ArticleListSql(ArticleQuery query, ArticleSearch search) {
        this.query = query;
        this.search = search;
        this.plan = planFor(query);
    }

    Plan plan() {
        return plan;
    }

    private static Plan planFor(ArticleQuery query) {
        boolean byDate = query.sort() == ArticleSort.NEWEST || query.sort() == ArticleSort.OLDEST;
        if (query.tags().isEmpty() || query.status() != ArticleStatus.PUBLISHED || query.search() != null || !byDate) {
            return Plan.ARTICLES;
        }
        boolean onlyTags = query.sections().isEmpty() && query.language() == null && query.publishedAfter() == null
                && query.publishedBefore() == null && query.exclude().isEmpty() && query.authors().isEmpty();
        return onlyTags ? Plan.TAG_LINKS_ONLY : Plan.TAG_LINKS_THEN_ARTICLES;
    }

    /** Ids of one page, in list order: after {@code after} when given (cursor mode), else from {@code offset}. */
    public Statement page(Keyset after, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder();
        switch (plan) {
            case TAG_LINKS_ONLY -> sql.append("select l.article_id from ").append(tagLinks(parameters));
            case TAG_LINKS_THEN_ARTICLES -> sql.append("select a.id from ").append(tagLinks(parameters))
                    .append(" join article a on a.id = l.article_id");
            case ARTICLES -> sql.append("select a.id from article a");
        }
        List<String> conditions = conditions(plan, parameters);
        if (after != null) {
            conditions.add(keyset(after, parameters));
        }
        sql.append(where(conditions)).append(" order by ").append(orderBy());
        if (!query.cursorMode()) {
            sql.append(" offset ").append(offset).append(" rows");
        }
        sql.append(" fetch first ").append(limit).append(" rows only");
        return new Statement(sql.toString(), parameters);
    }

    /** The total of the list, whatever the page. */
    public Statement count() {
        Map<String, Object> parameters = new HashMap<>();
        return new Statement("select count(*) from article a" + where(conditions(Plan.ARTICLES, parameters)), parameters);
    }

    private List<String> conditions(Plan plan, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.status() != null && plan != Plan.TAG_LINKS_ONLY) {
            conditions.add("a.status = :status");
            parameters.put("status", query.status().name());
        }
        if (!query.sections().isEmpty()) {
            conditions.add("a.section in (:sections)");
            parameters.put("sections", query.sections().stream().map(Enum::name).toList());
        }
        if (query.language() != null) {
            conditions.add(languageCondition(parameters));
        }
        if (query.publishedAfter() != null) {
            conditions.add("a.published_at >= :publishedAfter");
            parameters.put("publishedAfter", query.publishedAfter());
        }
        if (query.publishedBefore() != null) {
            conditions.add("a.published_at < :publishedBefore");
            parameters.put("publishedBefore", query.publishedBefore());
        }
        if (!query.exclude().isEmpty()) {
            conditions.add("a.slug not in (:exclude)");
            parameters.put("exclude", query.exclude());
        }
        if (plan != Plan.ARTICLES) {
            if (query.tags().size() == 1) {
                conditions.add("l.tag_id = (select t.id from tag t where t.slug in (:tags)) and l.published_at is not null");
            }
        } else if (!query.tags().isEmpty()) {
            conditions.add("a.id in (select at.article_id from article_tag at join tag t on t.id = at.tag_id where t.slug in (:tags)"
                    + (query.allTags() ? " group by at.article_id having count(distinct t.id) = :tagCount)" : ")"));
            putTags(parameters);
        }
        if (!query.authors().isEmpty()) {
            conditions.add("a.id in (select aa.article_id from article_author aa join author au on au.id = aa.author_id"
                    + " where au.slug in (:authors))");
            parameters.put("authors", query.authors());
        }
        if (query.search() != null) {
            conditions.add(search.condition(query.search(), query.singleLanguage(), parameters));
        }
        return conditions;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void putTags(Map<String, Object> parameters) {
        parameters.put("tags", query.tags());
        if (query.allTags()) {
            parameters.put("tagCount", (long) query.tags().size());
        }
    }

    /**
     * The links as "l" (article_id, published_at). One tag reads ix_article_tag_listing in order, so its
     * page costs the same however many articles it has; several tags group their links per article
     * (every link of an article carries the same date), which costs the size of those tags, not the site.
     */
    private String tagLinks(Map<String, Object> parameters) {
        putTags(parameters);
        if (query.tags().size() == 1) {
            return "article_tag l";
        }
        return "(select l.article_id, max(l.published_at) as published_at from article_tag l"
                + " where l.tag_id in (select t.id from tag t where t.slug in (:tags)) and l.published_at is not null"
                + " group by l.article_id" + (query.allTags() ? " having count(*) = :tagCount" : "") + ") l";
    }

    /** The language, then each fallback where the translation group has nothing published in an earlier one. */
    private String languageCondition(Map<String, Object> parameters) {
        List<String> chain = new ArrayList<>();
        chain.add(query.language());
        chain.addAll(query.fallbackLanguages());
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            parameters.put("language" + i, chain.get(i));
            if (i == 0) {
                alternatives.add("a.language = :language0");
                continue;
            }
            parameters.put("preferred" + i, chain.subList(0, i));
            alternatives.add("(a.language = :language" + i + " and not exists (select 1 from article t"
                    + " where t.translation_group_id = a.translation_group_id and t.status = 'PUBLISHED'"
                    + " and t.language in (:preferred" + i + ")))");
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" or ", alternatives) + ")";
    }

    private String orderBy() {
        if (plan != Plan.ARTICLES) {
            return query.sort() == ArticleSort.NEWEST ? "l.published_at desc, l.article_id desc" : "l.published_at asc, l.article_id asc";
        }
        // Published articles always have published_at, so the public list needs no NULLS clause and keeps
        // its index; lists with drafts put never-published ones last on both databases.
        String nulls = query.status() == ArticleStatus.PUBLISHED ? "" : " nulls last";
        return switch (query.sort()) {
            case NEWEST -> publishedIndexPrefix() + "a.published_at desc" + nulls + ", a.id desc";
            case OLDEST -> "a.published_at asc" + nulls + ", a.id asc";
            case RECENTLY_UPDATED -> "a.updated_at desc, a.id desc";
            case TITLE -> "a.title asc, a.id asc";
            case RELEVANCE -> search.rank(query.search(), query.singleLanguage()) + " desc, a.published_at desc, a.id desc";
        };
    }

    /**
     * The columns the list is filtered on by equality, in the order of the index that serves it
     * (ix_article_section, ix_article_status_published), put first in the ORDER BY although they are constant here.
     * H2 only reads an index in order when the ORDER BY starts with the index's first column; without them it reads
     * every published article and sorts them for each page (9,801 rows for page 101 of 10,000 articles; 2,020 with
     * them). PostgreSQL drops sort keys that are equal to a constant, so its plan is unchanged.
     */
    private String publishedIndexPrefix() {
        if (query.status() != ArticleStatus.PUBLISHED || query.search() != null) {
            return "";
        }
        return query.sections().size() == 1 ? "a.section, a.status, " : "a.status, ";
    }

    /** Row comparisons, which both databases read as a range on the (sort column, id) index. */
    private String keyset(Keyset after, Map<String, Object> parameters) {
        parameters.put("afterValue", after.sortValue());
        parameters.put("afterId", after.id());
        String dateAndId = plan != Plan.ARTICLES ? "l.published_at, l.article_id" : "a.published_at, a.id";
        return switch (query.sort()) {
            case NEWEST -> "(" + dateAndId + ") < (:afterValue, :afterId)";
            case OLDEST -> "(" + dateAndId + ") > (:afterValue, :afterId)";
            case RECENTLY_UPDATED -> "(a.updated_at, a.id) < (:afterValue, :afterId)";
            case TITLE -> "(a.title, a.id) > (:afterValue, :afterId)";
            case RELEVANCE -> throw new IllegalStateException("relevance lists are paged by offset");
        };
    }
}
