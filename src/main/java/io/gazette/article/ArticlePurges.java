package io.gazette.article;

import io.gazette.common.web.ContentChanged;
import io.gazette.common.web.SurrogateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Set;
import java.util.TreeSet;

/** The surrogate keys of the public pages an article write changes, fired as {@link ContentChanged}. */
@ApplicationScoped
public class ArticlePurges {

    private final Event<ContentChanged> changed;
    private final ArticleRepository articles;

    ArticlePurges(Event<ContentChanged> changed, ArticleRepository articles) {
        this.changed = changed;
        this.articles = articles;
    }

    /**
     * A change to an article that is, or was until this write, published: its page, every list (it may enter or leave
     * any of them; lists carry the key {@code articles}), and the pages of its authors and tags, whose counts and
     * lists may change; the pages of its published translations, which show its title and slug; and, when it leaves
     * public view, its comment threads. A change to an article that readers never saw purges nothing.
     */
    public void changed(Article article, boolean wasPublished) {
        if (!wasPublished && article.status != ArticleStatus.PUBLISHED) {
            return;
        }
        Set<String> keys = new TreeSet<>(Set.of(SurrogateKeys.article(article.id), SurrogateKeys.ARTICLES,
                SurrogateKeys.AUTHORS, SurrogateKeys.TAGS));
        article.credits.forEach(credit -> keys.add(SurrogateKeys.author(credit.author.slug)));
        article.tags.forEach(tag -> keys.add(SurrogateKeys.tag(tag.slug)));
        articles.translationsOf(article, true).forEach(translation -> keys.add(SurrogateKeys.article(translation.id)));
        if (article.status != ArticleStatus.PUBLISHED) {
            keys.add(SurrogateKeys.comments(article.id));
        }
        changed.fire(new ContentChanged(keys));
    }

    /** Pages that show these articles (an article's translations are on its page). */
    public void shown(Article... articles) {
        Set<String> keys = new TreeSet<>();
        for (Article article : articles) {
            keys.add(SurrogateKeys.article(article.id));
        }
        changed.fire(new ContentChanged(keys));
    }
}
