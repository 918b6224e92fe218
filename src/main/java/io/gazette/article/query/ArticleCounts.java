package io.gazette.article.query;

import io.gazette.article.ArticleRepository;
import io.gazette.common.web.ContentChangedElsewhere;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Totals of the page-mode article list, cached per filter: counting a million published articles costs
 * ~0.5 s on PostgreSQL, which page 1 of the home page cannot pay on every request. Every write that can
 * change a total empties the cache (article editing and workflow; TagAndAuthorChanges for tags and authors); entries
 * and a write on another instance sharing the database empties it too (ContentChangedElsewhere, within
 * gazette.cache.memory.poll-every); entries also expire after quarkus.cache.caffeine."article-counts".expire-after-write.
 */
@ApplicationScoped
public class ArticleCounts {

    public static final String CACHE = "article-counts";

    private final ArticleRepository articles;

    ArticleCounts(ArticleRepository articles) {
        this.articles = articles;
    }

    /** A publication elsewhere changes totals here too; emptied before the list pages are rendered again. */
    @CacheInvalidateAll(cacheName = CACHE)
    void onWriteElsewhere(@Observes ContentChangedElsewhere change) {
    }

    @CacheResult(cacheName = CACHE)
    public long count(@CacheKey String fingerprint, ArticleListSql sql) {
        return articles.count(sql.count());
    }
}
