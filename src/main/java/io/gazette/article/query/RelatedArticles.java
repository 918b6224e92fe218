package io.gazette.article.query;

import io.gazette.article.Article;
import io.gazette.article.ArticleRepository;
import io.gazette.article.ArticleRows;
import io.gazette.article.ArticleViews;
import io.gazette.common.persistence.SqlReads;
import io.gazette.article.dto.ArticleCard;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published articles in the same language that share tags or authors, best first: shared authors
 * count 3, shared tags 2 each, and the sum is divided by (1 + age in days / 30). The candidates are the
 * 200 newest that share anything, so the cost stays flat however many articles a tag has.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RelatedArticles {

    public static final int MAX = 20;
    private static final int CANDIDATES = 200;

    private final ArticleRepository articles;
    private final ArticleViews views;
    private final Clock clock;
    private final ArticleRows rows;
    private final SqlReads reads;

    RelatedArticles(ArticleRepository articles, ArticleViews views, Clock clock, ArticleRows rows, SqlReads reads) {
        this.rows = rows;
        this.reads = reads;
        this.articles = articles;
        this.views = views;
        this.clock = clock;
    }

    public PagedList<ArticleCard> to(String slug, int size) {
        Article article = articles.findPublishedBySlug(slug).orElseThrow(() -> ProblemException.notFound("article", slug));
        List<Long> tagIds = article.tags.stream().map(t -> t.id).toList();
        List<Long> authorIds = article.authors().stream().map(a -> a.id).toList();
        Map<Long, Instant> candidates = candidates(article, tagIds, authorIds);
        Map<Long, Long> sharedTags = sharedCounts("article_tag", "tag_id", candidates.keySet(), tagIds);
        Map<Long, Long> sharedAuthors = sharedCounts("article_author", "author_id", candidates.keySet(), authorIds);
        Instant now = clock.instant();
        List<Long> best = candidates.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Long, Instant> c) -> -score(
                                sharedTags.getOrDefault(c.getKey(), 0L), sharedAuthors.getOrDefault(c.getKey(), 0L),
                                Duration.between(c.getValue(), now)))
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder()))
                .limit(size)
                .map(Map.Entry::getKey)
                .toList();
        List<ArticleCard> items = rows.cards(best, null, false, false).stream().map(views::card).toList();
        return new PagedList<>(items, PageMeta.single(size, items.size()));
    }

    private static double score(long sharedTags, long sharedAuthors, Duration age) {
        double ageDays = Math.max(0, age.toHours() / 24.0);
        return (2.0 * sharedTags + 3.0 * sharedAuthors) / (1 + ageDays / 30);
    }

    /** Ids and publication times of the newest published articles in the language that share a tag or author. */
    private Map<Long, Instant> candidates(Article article, List<Long> tagIds, List<Long> authorIds) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> shared = new ArrayList<>();
        if (!tagIds.isEmpty()) {
            shared.add("a.id in (select l.article_id from article_tag l where l.tag_id in (:tagIds))");
            parameters.put("tagIds", tagIds);
        }
        if (!authorIds.isEmpty()) {
            shared.add("a.id in (select l.article_id from article_author l where l.author_id in (:authorIds))");
            parameters.put("authorIds", authorIds);
        }
        Map<Long, Instant> candidates = new LinkedHashMap<>();
        if (shared.isEmpty()) {
            return candidates;
        }
        parameters.put("language", article.language);
        parameters.put("id", article.id);
        String sql = "select a.id, a.published_at from article a"
                + " where a.status = 'PUBLISHED' and a.language = :language and a.id <> :id and ("
                + String.join(" or ", shared) + ") order by a.published_at desc, a.id desc"
                + " fetch first " + CANDIDATES + " rows only";
        reads.select(sql, parameters, row -> candidates.put(row.getLong(1), SqlReads.instant(row, 2)));
        return candidates;
    }

    /** For each candidate article, how many of {@code ids} it shares through the link table. */
    private Map<Long, Long> sharedCounts(String linkTable, String column, Collection<Long> articleIds, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty() || ids.isEmpty()) {
            return counts;
        }
        String sql = "select l.article_id, count(*) from " + linkTable + " l"
                + " where l.article_id in (:articleIds) and l." + column + " in (:ids) group by l.article_id";
        Map<String, Object> parameters = Map.of("articleIds", articleIds, "ids", ids);
        reads.select(sql, parameters, row -> counts.put(row.getLong(1), row.getLong(2)));
        return counts;
    }

}
