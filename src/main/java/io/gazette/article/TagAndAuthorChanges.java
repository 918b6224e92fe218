package io.gazette.article;

import io.gazette.article.editing.ArticleSearchIndex;
import io.gazette.article.query.ArticleCounts;
import io.gazette.author.AuthorChanged;
import io.gazette.tag.TagChanged;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * A changed tag or author changes what finds its articles (their search columns hold tag and author
 * names) and may change list totals. Observed synchronously, in the writer's transaction.
 */
@ApplicationScoped
class TagAndAuthorChanges {

    private final ArticleRepository articles;
    private final ArticleSearchIndex searchIndex;
    private final Cache counts;

    TagAndAuthorChanges(ArticleRepository articles, ArticleSearchIndex searchIndex,
                        @CacheName(ArticleCounts.CACHE) Cache counts) {
        this.articles = articles;
        this.searchIndex = searchIndex;
        this.counts = counts;
    }

    void onTag(@Observes TagChanged change) {
        refresh(articles.withTag(change.tagId()));
    }

    void onAuthor(@Observes AuthorChanged change) {
        refresh(articles.crediting(change.authorId()));
    }

    private void refresh(List<Article> affected) {
        affected.forEach(searchIndex::refresh);
        counts.invalidateAll().await().indefinitely();
    }
}
