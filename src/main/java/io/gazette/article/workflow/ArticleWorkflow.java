package io.gazette.article.workflow;

import io.gazette.article.Article;
import io.gazette.article.ArticlePurges;
import io.gazette.article.ArticleRepository;
import io.gazette.article.ArticleStatus;
import io.gazette.article.ArticleViews;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.article.dto.StatusChange;
import io.gazette.article.editing.ArticleRevisions;
import io.gazette.article.query.ArticleCounts;
import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import io.gazette.common.security.Actor;
import io.gazette.common.security.CurrentActor;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Status moves: by editors and authors through the API, and by the scheduler when an article is due. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleWorkflow {

    private final ArticleRepository articles;
    private final ArticleRevisions revisions;
    private final ArticleViews views;
    private final CurrentActor actors;
    private final ArticlePurges purges;
    private final Clock clock;

    ArticleWorkflow(ArticleRepository articles, ArticleRevisions revisions, ArticleViews views, CurrentActor actors, ArticlePurges purges,
                    Clock clock) {
        this.articles = articles;
        this.purges = purges;
        this.revisions = revisions;
        this.views = views;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Moves an article along the workflow. Authors may only submit their own drafts for review and take
     * them back; publishAt goes with scheduled only, unpublishAt with scheduled or published.
     */
    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView changeStatus(String slug, StatusChange change) {
        Actor actor = actors.get();
        Article article = articles.require(slug);
        ArticleStatus target = change.status();
        article.requireEditableBy(actor);
        if (actor.isAuthorOnly() && !target.editableByAuthor()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Authors may move their articles between draft and in_review only");
        }
        boolean reschedule = target == article.status && target.canReschedule();
        if (!reschedule && !article.status.canMoveTo(target)) {
            throw ProblemException.conflict("An article cannot go from " + article.status + " to " + target);
        }
        Instant now = clock.instant();
        requireValidTimes(change, now);
        revisions.keepBaseline(article);
        article.moveTo(target, now);
        article.publishAt = change.publishAt();
        article.unpublishAt = change.unpublishAt();
        articles.flush();
        articles.refreshTagListing(article.id);
        revisions.record(article, "status", actor.name());
        if (target == ArticleStatus.SCHEDULED) {
            purges.scheduled(article);
        }
        return views.editorView(article);
    }

    private static void requireValidTimes(StatusChange change, Instant now) {
        ArticleStatus target = change.status();
        List<FieldError> errors = new ArrayList<>();
        if (target == ArticleStatus.SCHEDULED && (change.publishAt() == null || !change.publishAt().isAfter(now))) {
            errors.add(new FieldError("publishAt", "is required with scheduled and must be in the future"));
        }
        if (target != ArticleStatus.SCHEDULED && change.publishAt() != null) {
            errors.add(new FieldError("publishAt", "goes with status scheduled only"));
        }
        if (change.unpublishAt() != null) {
            Instant goesUp = target == ArticleStatus.SCHEDULED && change.publishAt() != null ? change.publishAt() : now;
            if (target != ArticleStatus.SCHEDULED && target != ArticleStatus.PUBLISHED) {
                errors.add(new FieldError("unpublishAt", "goes with status scheduled or published only"));
            } else if (!change.unpublishAt().isAfter(goesUp)) {
                errors.add(new FieldError("unpublishAt", "must be after the article goes up"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** Publishes now; an article that is already published is a 409 (its times change through changeStatus). */
    @Transactional
    public ArticleEditorView publish(String slug) {
        if (articles.require(slug).status == ArticleStatus.PUBLISHED) {
            throw ProblemException.conflict("The article is already published");
        }
        return changeStatus(slug, new StatusChange(ArticleStatus.PUBLISHED, null, null));
    }

    public ArticleEditorView unpublish(String slug) {
        return changeStatus(slug, new StatusChange(ArticleStatus.UNPUBLISHED, null, null));
    }

    /** Publishes one due scheduled article, or unpublishes one whose unpublishAt has passed; false if it is no longer due. */
    @Transactional(TxType.MANDATORY)
    public boolean applySchedule(long id, Instant now) {
        Article article = articles.findById(id);
        if (article == null) {
            return false;
        }
        if (article.status == ArticleStatus.SCHEDULED && article.publishAt != null && !article.publishAt.isAfter(now)) {
            article.moveTo(ArticleStatus.PUBLISHED, now);
        } else if (article.status == ArticleStatus.PUBLISHED && article.unpublishAt != null && !article.unpublishAt.isAfter(now)) {
            article.moveTo(ArticleStatus.UNPUBLISHED, now);
        } else {
            return false;
        }
        articles.flush();
        articles.refreshTagListing(article.id);
        revisions.record(article, "scheduled " + article.status, ArticleSchedule.ACTOR);
        return true;
    }
}
