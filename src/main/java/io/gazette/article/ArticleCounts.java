package io.gazette.article;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Totals of the page-mode article list, cached per filter: counting a million published articles costs
 * ~0.5 s on PostgreSQL, which page 1 of the home page cannot pay on every request. Every write that can
 * change a total empties the cache (ArticleService; TagAndAuthorChanges for tags and authors); entries also expire
 * after gazette's quarkus.cache.caffeine."article-counts".expire-after-write, which bounds how stale a
 * total can be on another instance sharing the database.
 */
@ApplicationScoped
public class ArticleCounts {

    public static final String CACHE = "article-counts";

    private final ArticleRepository articles;
    private final ArticleSearch search;

    ArticleCounts(ArticleRepository articles, ArticleSearch search) {
        this.articles = articles;
        this.search = search;
    }

    @CacheResult(cacheName = CACHE)
    public long count(@CacheKey String fingerprint, ArticleListQuery query) {
        return articles.count(query, search);
    }
}
