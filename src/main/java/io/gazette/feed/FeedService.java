package io.gazette.feed;

import io.gazette.article.ArticleRows;
import io.gazette.article.Section;
import io.gazette.article.query.ArticleQuery;
import io.gazette.article.query.ArticleReads;
import io.gazette.author.AuthorService;
import io.gazette.common.config.SettingRange;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.Languages;
import io.gazette.language.dto.LanguageView;
import io.gazette.site.FrontEnd;
import io.gazette.site.SiteService;
import io.gazette.tag.TagService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The feeds of a language and of its sections, tags and authors: the newest published articles of the matching list
 * (the same SQL and index as GET /api/v1/articles with those filters), with the surrogate keys of that list, so that
 * whatever purges the list purges the feed.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class FeedService {

    /** Feeds of a language with nothing published yet say so with this date rather than with the time of the read. */
    private static final Instant NEVER = Instant.EPOCH;

    private final ArticleReads articles;
    private final SiteService site;
    private final TagService tags;
    private final AuthorService authors;
    private final Languages languages;
    private final FeedConfig config;

    FeedService(ArticleReads articles, SiteService site, TagService tags, AuthorService authors, Languages languages,
                FeedConfig config) {
        this.articles = articles;
        this.site = site;
        this.tags = tags;
        this.authors = authors;
        this.languages = languages;
        this.config = config;
    }

    void checkSettings(@Observes @Priority(SettingRange.BEFORE_OTHER_STARTUP_WORK) StartupEvent started) {
        SettingRange.require("gazette.feeds.size", config.size(), 1, 500);
    }

    /** What a feed lists: one language, and at most one of section, tag or author. */
    record Facet(String language, Section section, String tag, String author) {
    }

    public Feed language(String language, String selfUrl) {
        String code = requireLanguage(language);
        FrontEnd front = site.frontEnd();
        return build(new Facet(code, null, null, null), front, front.name(), front.home(code), selfUrl,
                Set.of(SurrogateKeys.articlesInLanguage(code)));
    }

    public Feed section(String language, String sectionValue, String selfUrl) {
        String code = requireLanguage(language);
        Section section = Section.fromValue(sectionValue).orElseThrow(() -> ProblemException.notFound("section", sectionValue));
        FrontEnd front = site.frontEnd();
        return build(new Facet(code, section, null, null), front, front.name() + " – " + section.displayName(code),
                front.section(section.value(), code), selfUrl, Set.of(SurrogateKeys.articlesInSection(section.value())));
    }

    public Feed tag(String language, String slug, String selfUrl) {
        String code = requireLanguage(language);
        String name = tags.displayName(slug, code);
        FrontEnd front = site.frontEnd();
        return build(new Facet(code, null, slug, null), front, front.name() + " – " + name, front.tag(slug, code), selfUrl,
                Set.of(SurrogateKeys.articlesTagged(slug), SurrogateKeys.tag(slug)));
    }

    public Feed author(String language, String slug, String selfUrl) {
        String code = requireLanguage(language);
        String name = authors.name(slug);
        FrontEnd front = site.frontEnd();
        return build(new Facet(code, null, null, slug), front, front.name() + " – " + name, front.author(slug, code), selfUrl,
                Set.of(SurrogateKeys.articlesBy(slug), SurrogateKeys.author(slug)));
    }

    private String requireLanguage(String language) {
        List<String> codes = languages.all().stream().map(LanguageView::code).toList();
        if (!codes.contains(language)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No language '" + language + "': feeds exist in " + String.join(", ", codes));
        }
        return language;
    }

    private Feed build(Facet facet, FrontEnd front, String title, String homeUrl, String selfUrl, Set<String> listKeys) {
        String language = facet.language();
        List<ArticleRows.Card> rows = articles.firstPageRows(
                ArticleQuery.newestPublished(language, facet.section(), facet.tag(), facet.author(), config.size()), config.fullContent());
        String dir = Languages.direction(language);
        Set<String> keys = new LinkedHashSet<>(List.of(SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.SITE));
        keys.addAll(listKeys);
        List<Feed.Item> items = new ArrayList<>(rows.size());
        for (ArticleRows.Card row : rows) {
            // article-<id>, not card-<id>: every edit moves updatedAt, which each item shows
            keys.add(SurrogateKeys.article(row.id()));
            List<String> categories = new ArrayList<>();
            categories.add(row.section().displayName(language));
            row.tags().forEach(tag -> {
                categories.add(tag.name());
                keys.add(SurrogateKeys.tag(tag.slug()));
            });
            List<Feed.Person> people = new ArrayList<>();
            row.credits().forEach(credit -> {
                people.add(new Feed.Person(credit.name(), front.author(credit.slug(), language)));
                keys.add(SurrogateKeys.author(credit.slug()));
            });
            if (people.isEmpty() && row.byline() != null) {
                people.add(new Feed.Person(row.byline(), null));
            }
            items.add(new Feed.Item(front.article(row.slug(), row.language(), row.section().value()), row.title(), row.excerpt(),
                    content(row.body(), dir), row.publishedAt(), row.updatedAt(), people, categories,
                    row.featuredImage() == null ? null : row.featuredImage().url()));
        }
        Instant updated = rows.stream().map(ArticleRows.Card::updatedAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(NEVER);
        return new Feed(title, front.description(), homeUrl, selfUrl, language, front.name(), updated, items, keys);
    }

    /** The body as HTML, marked right to left where the language is (none of the three formats has a direction of its own). */
    private static String content(String body, String dir) {
        if (body == null) {
            return null;
        }
        return "rtl".equals(dir) ? "<div dir=\"rtl\">" + body + "</div>" : body;
    }
}
