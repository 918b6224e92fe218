package io.gazette.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /** Ids of one page of the list, in list order: one statement whatever the filter. */
    public List<Long> pageIds(ArticleListQuery query, ArticleSearch search) {
        Map<String, Object> parameters = new HashMap<>();
        // A list filtered by tags alone needs nothing from article until the page is known.
        StringBuilder sql = tagListing(query)
                ? new StringBuilder(onlyTags(query.filter()) ? "select l.article_id from " : "select a.id from ")
                        .append(tagLinks(query.filter(), parameters))
                        .append(onlyTags(query.filter()) ? "" : " join article a on a.id = l.article_id")
                        .append(where(query, search, parameters, true))
                        .append(" order by ").append(tagListingOrder(query.sort()))
                : new StringBuilder("select a.id from article a")
                        .append(where(query, search, parameters, true))
                        .append(" order by ").append(orderBy(query, search));
        if (!query.cursorMode()) {
            sql.append(" offset ").append(query.offset()).append(" rows");
        }
        sql.append(" fetch first ").append(query.limit()).append(" rows only");
        Query select = getEntityManager().createNativeQuery(sql.toString(), Long.class);
        parameters.forEach(select::setParameter);
        List<?> rows = select.getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    public long count(ArticleListQuery query, ArticleSearch search) {
        Map<String, Object> parameters = new HashMap<>();
        Query count = getEntityManager().createNativeQuery(
                "select count(*) from article a" + where(query, search, parameters, false), Long.class);
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
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

    public Map<Section, Long> publishedPerSection() {
        Map<Section, Long> counts = new EnumMap<>(Section.class);
        getEntityManager().createQuery("select a.section, count(a.id) from Article a where a.status = :published group by a.section", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList()
                .forEach(row -> counts.put((Section) row[0], (Long) row[1]));
        return counts;
    }

    /** Ids and publication times of the newest published articles in the language that share a tag or author. */
    public Map<Long, Instant> relatedCandidates(Article article, List<Long> tagIds, List<Long> authorIds, int limit) {
        List<String> shared = new ArrayList<>();
        if (!tagIds.isEmpty()) {
            shared.add("a.id in (select l.article_id from article_tag l where l.tag_id in (:tagIds))");
        }
        if (!authorIds.isEmpty()) {
            shared.add("a.id in (select l.article_id from article_author l where l.author_id in (:authorIds))");
        }
        Map<Long, Instant> candidates = new LinkedHashMap<>();
        if (shared.isEmpty()) {
            return candidates;
        }
        Query query = getEntityManager().createNativeQuery("select a.id, a.published_at from article a"
                + " where a.status = 'PUBLISHED' and a.language = :language and a.id <> :id and ("
                + String.join(" or ", shared) + ") order by a.published_at desc, a.id desc"
                + " fetch first " + limit + " rows only", Object[].class)
                .setParameter("language", article.language)
                .setParameter("id", article.id);
        if (!tagIds.isEmpty()) {
            query.setParameter("tagIds", tagIds);
        }
        if (!authorIds.isEmpty()) {
            query.setParameter("authorIds", authorIds);
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            candidates.put(((Number) columns[0]).longValue(), toInstant(columns[1]));
        }
        return candidates;
    }

    /** For each candidate article, how many of {@code ids} it shares through the link table. */
    public Map<Long, Long> sharedCounts(String linkTable, String column, Collection<Long> articleIds, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty() || ids.isEmpty()) {
            return counts;
        }
        List<?> rows = getEntityManager().createNativeQuery("select l.article_id, count(*) from " + linkTable + " l"
                        + " where l.article_id in (:articleIds) and l." + column + " in (:ids) group by l.article_id", Object[].class)
                .setParameter("articleIds", articleIds)
                .setParameter("ids", ids)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** The other articles of an article's translation group, by language. */
    public List<Article> translationsOf(Article article, boolean publishedOnly) {
        if (article.translationGroupId == null) {
            return List.of();
        }
        return publishedOnly
                ? list("translationGroupId = ?1 and id <> ?2 and status = ?3 order by language", article.translationGroupId,
                        article.id, ArticleStatus.PUBLISHED)
                : list("translationGroupId = ?1 and id <> ?2 order by language", article.translationGroupId, article.id);
    }

    public List<Article> withTag(long tagId) {
        return list("select a from Article a join a.tags t where t.id = ?1", tagId);
    }

    public List<Article> crediting(long authorId) {
        return list("select a from Article a join a.authors au where au.id = ?1", authorId);
    }

    /** Copies the article's publishedAt, while it is published, to its tag links (see migration V9). */
    public void refreshTagListing(long articleId) {
        getEntityManager().createNativeQuery("update article_tag set published_at = (select a.published_at from article a"
                        + " where a.id = article_tag.article_id and a.status = 'PUBLISHED') where article_id = :id")
                .setParameter("id", articleId)
                .executeUpdate();
    }

    /**
     * Published lists filtered by tag and ordered by date read the tags' links, which carry publishedAt
     * (see migration V9), instead of walking articles until enough carry the tag.
     */
    private static boolean tagListing(ArticleListQuery query) {
        ArticleFilter filter = query.filter();
        return !filter.tags().isEmpty() && filter.status() == ArticleStatus.PUBLISHED && query.search() == null
                && (query.sort() == ArticleSort.NEWEST || query.sort() == ArticleSort.OLDEST);
    }

    /** No condition but tags (and the published status that the links' published_at already implies). */
    private static boolean onlyTags(ArticleFilter filter) {
        return filter.sections().isEmpty() && filter.language() == null && filter.publishedAfter() == null
                && filter.publishedBefore() == null && filter.exclude().isEmpty() && filter.authors().isEmpty();
    }

    /**
     * The links as "l" (article_id, published_at). One tag reads ix_article_tag_listing in order, so its
     * page costs the same however many articles it has; several tags group their links per article
     * (every link of an article carries the same date), which costs the size of those tags, not the site.
     */
    private static String tagLinks(ArticleFilter filter, Map<String, Object> parameters) {
        parameters.put("tags", filter.tags());
        if (filter.tags().size() == 1) {
            return "article_tag l";
        }
        String grouped = "(select l.article_id, max(l.published_at) as published_at from article_tag l"
                + " where l.tag_id in (select t.id from tag t where t.slug in (:tags)) and l.published_at is not null"
                + " group by l.article_id";
        if (filter.allTags()) {
            parameters.put("tagCount", (long) filter.tags().size());
            return grouped + " having count(*) = :tagCount) l";
        }
        return grouped + ") l";
    }

    private static String tagListingOrder(ArticleSort sort) {
        return sort == ArticleSort.NEWEST ? "l.published_at desc, l.article_id desc" : "l.published_at asc, l.article_id asc";
    }

    public void refreshCommentCount(long articleId, long approvedComments) {
        getEntityManager().createNativeQuery("update article set comment_count = :count where id = :id")
                .setParameter("count", (int) approvedComments)
                .setParameter("id", articleId)
                .executeUpdate();
    }

    private static String where(ArticleListQuery query, ArticleSearch search, Map<String, Object> parameters, boolean withKeyset) {
        ArticleFilter filter = query.filter();
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null && !(withKeyset && tagListing(query) && onlyTags(filter))) {
            conditions.add("a.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (!filter.sections().isEmpty()) {
            conditions.add("a.section in (:sections)");
            parameters.put("sections", filter.sections().stream().map(Enum::name).toList());
        }
        if (filter.language() != null) {
            conditions.add(languageCondition(filter, parameters));
        }
        if (filter.publishedAfter() != null) {
            conditions.add("a.published_at >= :publishedAfter");
            parameters.put("publishedAfter", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            conditions.add("a.published_at < :publishedBefore");
            parameters.put("publishedBefore", filter.publishedBefore());
        }
        if (!filter.exclude().isEmpty()) {
            conditions.add("a.slug not in (:exclude)");
            parameters.put("exclude", filter.exclude());
        }
        if (withKeyset && tagListing(query)) {
            if (filter.tags().size() == 1) {
                conditions.add("l.tag_id = (select t.id from tag t where t.slug in (:tags)) and l.published_at is not null");
            }
        } else if (!filter.tags().isEmpty()) {
            String tagged = "select at.article_id from article_tag at join tag t on t.id = at.tag_id where t.slug in (:tags)";
            conditions.add("a.id in (" + tagged + (filter.allTags()
                    ? " group by at.article_id having count(distinct t.id) = :tagCount)"
                    : ")"));
            parameters.put("tags", filter.tags());
            if (filter.allTags()) {
                parameters.put("tagCount", (long) filter.tags().size());
            }
        }
        if (!filter.authors().isEmpty()) {
            conditions.add("a.id in (select aa.article_id from article_author aa join author au on au.id = aa.author_id"
                    + " where au.slug in (:authors))");
            parameters.put("authors", filter.authors());
        }
        if (query.search() != null) {
            conditions.add(search.condition(query.search(), singleLanguage(filter), parameters));
        }
        if (withKeyset && query.after() != null) {
            conditions.add(keyset(query.sort(), query.after(), parameters,
                    tagListing(query) ? "l.published_at, l.article_id" : "a.published_at, a.id"));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The one language a list is limited to, if it is: search then uses that language's analyser. */
    private static String singleLanguage(ArticleFilter filter) {
        return filter.fallbackLanguages().isEmpty() ? filter.language() : null;
    }

    private static String languageCondition(ArticleFilter filter, Map<String, Object> parameters) {
        List<String> chain = new ArrayList<>();
        chain.add(filter.language());
        chain.addAll(filter.fallbackLanguages());
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

    private static String orderBy(ArticleListQuery query, ArticleSearch search) {
        // Published articles always have published_at, so the public list needs no NULLS clause and keeps
        // its index; lists with drafts put never-published ones last on both databases.
        String nulls = query.filter().status() == ArticleStatus.PUBLISHED ? "" : " nulls last";
        return switch (query.sort()) {
            case NEWEST -> "a.published_at desc" + nulls + ", a.id desc";
            case OLDEST -> "a.published_at asc" + nulls + ", a.id asc";
            case RECENTLY_UPDATED -> "a.updated_at desc, a.id desc";
            case TITLE -> "a.title asc, a.id asc";
            case RELEVANCE -> search.rank(query.search(), singleLanguage(query.filter())) + " desc, a.published_at desc, a.id desc";
        };
    }

    /** {@code dateAndId}: the columns the date sorts compare, which a tag listing reads from its links. */
    private static String keyset(ArticleSort sort, ArticleListQuery.Keyset after, Map<String, Object> parameters, String dateAndId) {
        parameters.put("afterValue", after.sortValue());
        parameters.put("afterId", after.id());
        return switch (sort) {
            // Row comparisons, which both databases read as a range on the (sort column, id) index.
            case NEWEST -> "(" + dateAndId + ") < (:afterValue, :afterId)";
            case OLDEST -> "(" + dateAndId + ") > (:afterValue, :afterId)";
            case RECENTLY_UPDATED -> "(a.updated_at, a.id) < (:afterValue, :afterId)";
            case TITLE -> "(a.title, a.id) > (:afterValue, :afterId)";
            case RELEVANCE -> throw new IllegalStateException("relevance lists are paged by offset");
        };
    }
}
