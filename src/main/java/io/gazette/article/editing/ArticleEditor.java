package io.gazette.article.editing;

import io.gazette.article.Article;
import io.gazette.article.ArticlePurges;
import io.gazette.article.ArticleRepository;
import io.gazette.article.ArticleStatus;
import io.gazette.article.ArticleViews;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.ArticlePatch;
import io.gazette.article.dto.RevisionSummary;
import io.gazette.article.dto.RevisionView;
import io.gazette.article.query.ArticleCounts;
import io.gazette.common.api.IfMatch;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import io.gazette.common.security.Actor;
import io.gazette.common.security.CurrentActor;
import io.gazette.common.text.Slugs;
import io.gazette.language.Languages;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Writing an article's content: create, replace, patch, restore a revision, delete; each change is a revision. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleEditor {

    public static final String DEFAULT_LANGUAGE = "en";

    private final ArticleRepository articles;
    private final ArticleReferences references;
    private final ArticleSearchIndex searchIndex;
    private final ArticleRevisions revisions;
    private final ArticleViews views;
    private final Languages languages;
    private final CurrentActor actors;
    private final ArticlePurges purges;
    private final Clock clock;

    ArticleEditor(ArticleRepository articles, ArticleReferences references, ArticleSearchIndex searchIndex,
                  ArticleRevisions revisions, ArticleViews views, Languages languages, CurrentActor actors, ArticlePurges purges,
                  Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.references = references;
        this.searchIndex = searchIndex;
        this.revisions = revisions;
        this.views = views;
        this.languages = languages;
        this.actors = actors;
        this.purges = purges;
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView create(ArticleInput input) {
        Actor actor = actors.get();
        Article article = new Article();
        article.slug = input.slug() != null ? input.slug() : Slugs.fromTitleOf("title", input.title());
        articles.requireFreeSlug(article.slug, null);
        replaceContent(article, input);
        article.owner = actor.name();
        searchIndex.refresh(article);
        articles.persistAndFlush(article);
        revisions.record(article, "created", actor.name());
        return views.editorView(article);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView replace(String slug, ArticleInput input, IfMatch ifMatch) {
        Actor actor = actors.get();
        Article article = findEditable(slug, actor, ifMatch);
        replaceAndSave(article, input);
        revisions.record(article, "updated", actor.name());
        return views.editorView(article);
    }

    /** Puts an earlier revision's content back (the status stays) and keeps that as a new revision. */
    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView restore(String slug, int number, IfMatch ifMatch) {
        Actor actor = actors.get();
        Article article = findEditable(slug, actor, ifMatch);
        replaceAndSave(article, revisions.content(article, number));
        revisions.record(article, "restored " + number, actor.name());
        return views.editorView(article);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView patch(String slug, ArticlePatch patch, IfMatch ifMatch) {
        Actor actor = actors.get();
        Article article = findEditable(slug, actor, ifMatch);
        articles.changeSlug(article, patch.slug());
        String language = patch.language() == null ? null : languages.requireConfigured("language", patch.language());
        ArticleReferences.Credits credits = references.resolve(patch, article);
        article.applyPatch(patch, language, credits.credits(), credits.tags());
        boolean redated = patch.publishedAt() != null && backdate(article, patch.publishedAt(), actor);
        save(article);
        revisions.record(article, "updated", actor.name());
        if (redated) {
            // revisions keep content, status and schedule, not publishedAt: a change of date alone records none
            purges.redated(article);
        }
        return views.editorView(article);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public void delete(String slug, IfMatch ifMatch) {
        Article article = articles.require(slug);
        ifMatch.check(article.version);
        purges.removed(article);
        articles.delete(article);
        articles.flush();
    }

    public PagedList<RevisionSummary> revisions(String slug, PageRequest page) {
        return revisions.list(articles.require(slug), page);
    }

    public RevisionView revision(String slug, int number) {
        return revisions.get(articles.require(slug), number);
    }

    /** Sets publishedAt (editors only, never in the future); true when it changed. */
    private boolean backdate(Article article, Instant publishedAt, Actor actor) {
        if (actor.isAuthorOnly()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only editors and admins may set publishedAt");
        }
        if (publishedAt.isAfter(clock.instant())) {
            throw ProblemException.invalidField("publishedAt",
                    "must not be in the future; a future publication is a schedule (status scheduled with publishAt)");
        }
        boolean changed = !publishedAt.equals(article.publishedAt);
        article.publishedAt = publishedAt;
        return changed;
    }

    private void replaceAndSave(Article article, ArticleInput input) {
        articles.changeSlug(article, input.slug());
        replaceContent(article, input);
        save(article);
    }

    private void replaceContent(Article article, ArticleInput input) {
        String language = input.language() == null ? DEFAULT_LANGUAGE : languages.requireConfigured("language", input.language());
        ArticleReferences.Credits credits = references.resolve(
                input.authors() == null ? List.of() : input.authors(), input.authorRoles(),
                input.tags() == null ? List.of() : input.tags());
        article.replaceContent(input, language, credits.credits(), credits.tags());
    }

    private void save(Article article) {
        searchIndex.refresh(article);
        articles.flush();
        articles.refreshTagListing(article.id);
    }

    /** The article, if the actor may change it and has seen its current version. */
    private Article findEditable(String slug, Actor actor, IfMatch ifMatch) {
        Article article = articles.require(slug);
        article.requireEditableBy(actor);
        ifMatch.check(article.version);
        revisions.keepBaseline(article);
        return article;
    }
}
