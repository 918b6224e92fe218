package io.gazette.article;

import io.gazette.article.editing.ArticleSearchIndex;
import io.gazette.article.query.ArticleCounts;
import io.gazette.author.AuthorChanged;
import io.gazette.common.web.ContentChanged;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.event.EventType;
import io.gazette.event.PublicEvent;
import io.gazette.tag.TagChanged;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A changed tag or author changes what finds its articles (their search columns hold tag and author
 * names) and may change list totals, and every public page that shows its name. Observed synchronously, in the
 * writer's transaction, where it also fires the tag's or author's {@link PublicEvent} with the same keys.
 */
@ApplicationScoped
class TagAndAuthorChanges {

    private final ArticleRepository articles;
    private final ArticleSearchIndex searchIndex;
    private final Cache counts;
    private final Event<ContentChanged> changed;
    private final Event<PublicEvent> events;

    TagAndAuthorChanges(ArticleRepository articles, ArticleSearchIndex searchIndex,
                        @CacheName(ArticleCounts.CACHE) Cache counts, Event<ContentChanged> changed, Event<PublicEvent> events) {
        this.events = events;
        this.articles = articles;
        this.searchIndex = searchIndex;
        this.counts = counts;
        this.changed = changed;
    }

    void onTag(@Observes TagChanged change) {
        List<Article> tagged = articles.withTag(change.tagId());
        if (change.now() == null) {
            // Being deleted: its articles show it no longer, in their pages and in what finds them
            tagged.forEach(article -> article.tags.removeIf(tag -> tag.id.equals(change.tagId())));
            articles.flush();
        }
        Set<String> keys = refresh(tagged, SurrogateKeys.TAGS, change.slugs().stream()
                .flatMap(slug -> Stream.of(SurrogateKeys.tag(slug), SurrogateKeys.articlesTagged(slug))));
        events.fire(new PublicEvent(EventType.TAG_UPDATED, PublicEvent.TAG, change.tagId(), keys,
                change.now() != null ? change.now() : new PublicEvent.Tombstone(change.tagId(), change.slugs().iterator().next())));
    }

    void onAuthor(@Observes AuthorChanged change) {
        Set<String> keys = refresh(articles.crediting(change.authorId()), SurrogateKeys.AUTHORS, change.slugs().stream()
                .flatMap(slug -> Stream.of(SurrogateKeys.author(slug), SurrogateKeys.articlesBy(slug))));
        events.fire(new PublicEvent(EventType.AUTHOR_UPDATED, PublicEvent.AUTHOR, change.authorId(), keys,
                change.now() != null ? change.now() : new PublicEvent.Tombstone(change.authorId(), change.slugs().iterator().next())));
    }

    /**
     * Its own pages and lists (by the old slug and the new), the list of its kind, the pages and cards of the articles
     * that name it, and searches, which find articles by its name.
     */
    private Set<String> refresh(List<Article> affected, String list, Stream<String> ownKeys) {
        affected.forEach(searchIndex::refresh);
        counts.invalidateAll().await().indefinitely();
        Set<String> keys = new TreeSet<>(Set.of(list, SurrogateKeys.ARTICLES_EDITED));
        ownKeys.forEach(keys::add);
        affected.forEach(article -> {
            keys.add(SurrogateKeys.article(article.id));
            keys.add(SurrogateKeys.card(article.id));
        });
        changed.fire(new ContentChanged(keys));
        return keys;
    }
}
