package io.gazette.article;

import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.FeaturedImage;
import io.gazette.common.web.ContentChanged;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.event.EventType;
import io.gazette.event.PublicEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The surrogate keys of the public pages an article write changes, fired as {@link ContentChanged}. As narrow as the
 * change: an article's page carries {@code article-<id>}, the cards that show it on lists {@code card-<id>}, and each
 * list the key of what it filters on (see {@code ArticleResource}), so that
 * <ul>
 * <li>an edit of what only the page shows (the body) purges the page, and the lists that show bodies or search;</li>
 * <li>an edit of what a card shows purges the lists that show that card too;</li>
 * <li>a change of which lists the article belongs to (published or not, its section, language, tags or authors)
 * purges the lists of every facet it had before or has after, and the counts.</li>
 * </ul>
 * Beside the keys it fires the {@link PublicEvent} of the change (published, updated, unpublished, deleted, scheduled),
 * with the article's public representation, for webhooks and the change feed.
 */
@ApplicationScoped
public class ArticlePurges {

    private final Event<ContentChanged> changed;
    private final Event<PublicEvent> events;
    private final ArticleRepository articles;
    private final ArticleRows rows;
    private final ArticleViews views;

    ArticlePurges(Event<ContentChanged> changed, Event<PublicEvent> events, ArticleRepository articles, ArticleRows rows,
                  ArticleViews views) {
        this.changed = changed;
        this.events = events;
        this.articles = articles;
        this.rows = rows;
        this.views = views;
    }

    /** What a reader can see of an article: its status and the content a revision keeps. */
    public record Seen(ArticleStatus status, ArticleInput content) {

        public static Seen of(Article article) {
            FeaturedImage image = article.featuredImageUrl == null ? null : new FeaturedImage(article.featuredImageUrl, article.featuredImageAlt);
            return new Seen(article.status, new ArticleInput(article.slug, article.title, article.excerpt, article.body, article.section,
                    article.language, article.authors().stream().map(author -> author.slug).toList(), article.authorRoles(),
                    article.byline, article.tags.stream().map(tag -> tag.slug).sorted().toList(), image));
        }

        boolean published() {
            return status == ArticleStatus.PUBLISHED;
        }
    }

    /**
     * A change to an article from what {@code before} showed to its state now. A change to an article that readers never
     * saw purges nothing; one that takes it out of public view also purges its comment threads.
     */
    public void changed(Article article, Seen before) {
        Seen after = Seen.of(article);
        if (!before.published() && !after.published()) {
            return;
        }
        Set<String> keys = new TreeSet<>();
        keys.add(SurrogateKeys.article(article.id));
        // Its translations' pages show its title and slug
        articles.translationsOf(article, true).forEach(translation -> keys.add(SurrogateKeys.article(translation.id)));
        // Searches and lists sorted by title or by update time may change with any edit
        keys.add(SurrogateKeys.ARTICLES_EDITED);
        ArticleInput was = before.content();
        ArticleInput now = after.content();
        boolean membership = before.published() != after.published() || was.section() != now.section()
                || !Objects.equals(was.language(), now.language()) || !Set.copyOf(slugs(was.tags())).equals(Set.copyOf(slugs(now.tags())))
                || !Set.copyOf(slugs(was.authors())).equals(Set.copyOf(slugs(now.authors())));
        if (membership || !showsTheSameCard(was, now)) {
            keys.add(SurrogateKeys.card(article.id));
        }
        if (membership) {
            keys.addAll(lists(List.of(was, now)));
        }
        if (!after.published()) {
            keys.add(SurrogateKeys.comments(article.id));
        }
        changed.fire(new ContentChanged(keys));
        if (after.published()) {
            announce(before.published() ? EventType.ARTICLE_UPDATED : EventType.ARTICLE_PUBLISHED, article, keys);
        } else {
            announce(EventType.ARTICLE_UNPUBLISHED, article, keys);
        }
    }

    /** Scheduled for a future publication: nothing public changed, but a front end may want to know when it will. */
    public void scheduled(Article article) {
        events.fire(new PublicEvent(EventType.ARTICLE_SCHEDULED, PublicEvent.ARTICLE, article.id, Set.of(),
                new ScheduledArticle(article.id, article.slug, article.publishAt)));
    }

    /** What a schedule says before the article is public: which article, and when it goes up. */
    public record ScheduledArticle(long id, String slug, Instant publishAt) {
    }

    /** Its approved comments were counted again: a published article's public commentCount changed. */
    public void commentsCounted(long articleId) {
        Article article = articles.findById(articleId);
        if (article != null && article.status == ArticleStatus.PUBLISHED) {
            announce(EventType.ARTICLE_UPDATED, article, Set.of(SurrogateKeys.comments(articleId), SurrogateKeys.article(articleId),
                    SurrogateKeys.card(articleId)));
        }
    }

    /** An article deleted: gone from every page and list it was on. */
    public void removed(Article article) {
        purgeEverywhereShown(article, true, EventType.ARTICLE_DELETED);
    }

    /** Its publication date changed: its page, and the order of every list it is on. */
    public void redated(Article article) {
        purgeEverywhereShown(article, false, EventType.ARTICLE_UPDATED);
    }

    private void purgeEverywhereShown(Article article, boolean withComments, EventType type) {
        Seen seen = Seen.of(article);
        if (!seen.published()) {
            return;
        }
        Set<String> keys = new TreeSet<>(Set.of(SurrogateKeys.article(article.id), SurrogateKeys.card(article.id),
                SurrogateKeys.ARTICLES_EDITED));
        if (withComments) {
            keys.add(SurrogateKeys.comments(article.id));
        }
        articles.translationsOf(article, true).forEach(translation -> keys.add(SurrogateKeys.article(translation.id)));
        keys.addAll(lists(List.of(seen.content())));
        changed.fire(new ContentChanged(keys));
        announce(type, article, keys);
    }

    /**
     * Translation groups changed: the pages of these articles (they list their translations), and, since a list with
     * fallback languages shows an article only where its group has no edition in the list's language, the lists of
     * every published member of their groups.
     */
    public void translationsChanged(Article... changedArticles) {
        Set<String> keys = new TreeSet<>();
        List<ArticleInput> members = new ArrayList<>();
        for (Article article : changedArticles) {
            keys.add(SurrogateKeys.article(article.id));
            if (article.status == ArticleStatus.PUBLISHED) {
                members.add(Seen.of(article).content());
            }
            for (Article member : articles.translationsOf(article, true)) {
                keys.add(SurrogateKeys.article(member.id));
                members.add(Seen.of(member).content());
            }
        }
        if (!members.isEmpty()) {
            keys.addAll(lists(members));
        }
        changed.fire(new ContentChanged(keys));
        for (Article article : changedArticles) {
            if (article.status == ArticleStatus.PUBLISHED) {
                announce(EventType.ARTICLE_UPDATED, article, keys);
            }
        }
    }

    /**
     * The event with the article as readers see it now (read as the public endpoint reads it), or a tombstone when it
     * left public view (deleted: read before the delete).
     */
    private void announce(EventType type, Article article, Set<String> keys) {
        Object representation;
        if (type == EventType.ARTICLE_UNPUBLISHED || type == EventType.ARTICLE_DELETED) {
            representation = new PublicEvent.Tombstone(article.id, article.slug);
        } else {
            articles.flush();
            representation = rows.published(article.slug).map(views::publicView)
                    .orElseThrow(() -> new IllegalStateException("Article " + article.id + " is published but not readable"));
        }
        events.fire(new PublicEvent(type, PublicEvent.ARTICLE, article.id, keys, representation));
    }

    /** A card shows everything but the body, the translations and the times of the edit. */
    private static boolean showsTheSameCard(ArticleInput was, ArticleInput now) {
        return Objects.equals(was.slug(), now.slug()) && Objects.equals(was.title(), now.title())
                && Objects.equals(was.excerpt(), now.excerpt()) && Objects.equals(was.byline(), now.byline())
                && Objects.equals(was.featuredImage(), now.featuredImage()) && Objects.equals(was.authors(), now.authors())
                && Objects.equals(roles(was.authorRoles()), roles(now.authorRoles())) && Objects.equals(was.tags(), now.tags());
    }

    private static List<String> slugs(List<String> slugs) {
        return slugs == null ? List.of() : slugs;
    }

    private static Map<String, String> roles(Map<String, String> roles) {
        return roles == null ? Map.of() : roles;
    }

    /**
     * The keys of every list these states of articles belong to, and of the pages that count them: all articles, each
     * language, section, tag and author list, the counts of sections, tags and authors, and each tag's and author's page.
     */
    private static Set<String> lists(Collection<ArticleInput> states) {
        Set<String> keys = new TreeSet<>(Set.of(SurrogateKeys.ARTICLES, SurrogateKeys.AUTHORS, SurrogateKeys.TAGS,
                SurrogateKeys.SECTIONS));
        for (ArticleInput state : states) {
            keys.add(SurrogateKeys.articlesInLanguage(state.language()));
            keys.add(SurrogateKeys.articlesInSection(state.section().value()));
            for (String tag : slugs(state.tags())) {
                keys.add(SurrogateKeys.tag(tag));
                keys.add(SurrogateKeys.articlesTagged(tag));
            }
            for (String author : slugs(state.authors())) {
                keys.add(SurrogateKeys.author(author));
                keys.add(SurrogateKeys.articlesBy(author));
            }
        }
        return keys;
    }
}
