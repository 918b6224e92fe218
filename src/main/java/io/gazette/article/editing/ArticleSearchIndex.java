package io.gazette.article.editing;

import io.gazette.article.ArticleLimits;
import io.gazette.article.Article;
import io.gazette.article.ArticleRepository;
import io.gazette.common.text.SearchText;
import io.gazette.common.persistence.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Keeps each article's normalised search columns in step with its text, tags and authors. */
@ApplicationScoped
public class ArticleSearchIndex {

    private static final int MAX_TITLE = ArticleLimits.TITLE;
    private static final int MAX_LEAD = ArticleLimits.SEARCH_LEAD;
    private static final int MAX_BODY = ArticleLimits.BODY;

    private final ArticleRepository articles;

    ArticleSearchIndex(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The normalised text search reads: the title; the lead with byline, tag and author names; the body as plain text. */
    public record Columns(String title, String lead, String body) {
    }

    public void refresh(Article article) {
        Columns columns = columns(article.title, article.excerpt, article.byline, article.tags.stream().map(t -> t.name).toList(),
                article.authors().stream().map(a -> a.name).toList(), article.body);
        article.searchTitle = columns.title();
        article.searchLead = columns.lead();
        article.searchBody = columns.body();
    }

    /** For writers that do not go through the entity (the NDJSON import). */
    public static Columns columns(String title, String excerpt, String byline, List<String> tagNames, List<String> authorNames, String body) {
        List<String> lead = new ArrayList<>();
        lead.add(excerpt);
        lead.add(byline);
        lead.addAll(tagNames);
        lead.addAll(authorNames);
        return new Columns(cut(SearchText.normalize(title), MAX_TITLE),
                cut(SearchText.normalize(String.join(" ", lead.stream().filter(s -> s != null).toList())), MAX_LEAD),
                cut(SearchText.normalize(SearchText.plainText(body)), MAX_BODY));
    }

    /** Articles written before the search columns existed (an older data directory) get them at startup. */
    @Transactional
    void indexUnindexed(@Observes @Priority(1) SchemaReady event) {
        try (Stream<Article> unindexed = articles.stream("searchTitle is null")) {
            unindexed.forEach(this::refresh);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
