package io.gazette.article.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.article.Article;
import io.gazette.article.ArticlePurges;
import io.gazette.article.ArticleStatus;
import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.FeaturedImage;
import io.gazette.article.dto.RevisionSummary;
import io.gazette.article.dto.RevisionView;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Article history, kept as JSON snapshots in the shape of the editor input rather than with Hibernate
 * Envers: a restore then goes through the same validation as a PUT (a tag deleted since is reported, not
 * silently dropped), the "who" needs no custom revision entity, and no audit tables shadow the join tables
 * on two databases.
 */
@ApplicationScoped
public class ArticleRevisions {

    private final ArticleRevision.Repository revisions;
    private final ObjectMapper json;
    private final Clock clock;
    private final ArticlePurges purges;

    ArticleRevisions(ArticleRevision.Repository revisions, ObjectMapper json, Clock clock, ArticlePurges purges) {
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
        this.purges = purges;
    }

    /**
     * Articles written before revisions existed (migration V8) have none; before their first change, keep
     * their state as it was, so that change can be undone too.
     */
    public void keepBaseline(Article article) {
        if (revisions.latest(article.id).isEmpty()) {
            record(article, "baseline", "system");
        }
    }

    /** Call after the article's own update has been flushed (so a stale version fails first). Keeps the article's state, unless it equals the latest revision (a change that changed nothing). */
    public void record(Article article, String action, String actor) {
        String content = write(snapshot(article));
        Optional<ArticleRevision> latest = revisions.latest(article.id);
        if (latest.isPresent() && latest.get().status == article.status && latest.get().content.equals(content)
                && Objects.equals(latest.get().publishAt, article.publishAt)
                && Objects.equals(latest.get().unpublishAt, article.unpublishAt)) {
            return;
        }
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.id;
        revision.number = latest.map(r -> r.number + 1).orElse(1);
        revision.action = action;
        revision.actor = actor;
        revision.status = article.status;
        revision.publishAt = article.publishAt;
        revision.unpublishAt = article.unpublishAt;
        revision.content = content;
        revision.createdAt = clock.instant();
        revisions.persist(revision);
        if (latest.isPresent()) {
            purges.changed(article, new ArticlePurges.Seen(latest.get().status, read(latest.get().content)));
        }
    }

    public PagedList<RevisionSummary> list(Article article, PageRequest page) {
        // One more than the page, so the oldest revision on the page can say what it changed.
        List<ArticleRevision> found = revisions.page(article.id, page.offset(), page.size() + 1);
        List<RevisionSummary> items = new ArrayList<>();
        for (int i = 0; i < Math.min(found.size(), page.size()); i++) {
            ArticleRevision revision = found.get(i);
            ArticleRevision previous = i + 1 < found.size() ? found.get(i + 1) : null;
            items.add(new RevisionSummary(revision.number, revision.action, revision.actor, revision.status,
                    revision.publishAt, revision.unpublishAt, revision.createdAt, changed(previous, revision)));
        }
        return new PagedList<>(items, PageMeta.of(page, revisions.countOf(article.id)));
    }

    public RevisionView get(Article article, int number) {
        ArticleRevision revision = find(article, number);
        return new RevisionView(revision.number, revision.action, revision.actor, revision.status,
                revision.publishAt, revision.unpublishAt, revision.createdAt, read(revision.content));
    }

    public ArticleInput content(Article article, int number) {
        return read(find(article, number).content);
    }

    private ArticleRevision find(Article article, int number) {
        return revisions.find(article.id, number)
                .orElseThrow(() -> ProblemException.notFound("revision", number + " of " + article.slug));
    }

    static ArticleInput snapshot(Article a) {
        return ArticlePurges.Seen.of(a).content();
    }

    private List<String> changed(ArticleRevision previous, ArticleRevision revision) {
        List<String> fields = new ArrayList<>();
        if (previous == null) {
            return fields;
        }
        JsonNode before = tree(previous.content);
        JsonNode after = tree(revision.content);
        for (Iterator<String> names = after.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!after.get(name).equals(before.get(name)) && !(isEmpty(after.get(name)) && isEmpty(before.get(name)))) {
                fields.add(name);
            }
        }
        if (previous.status != revision.status) {
            fields.add("status");
        }
        if (!Objects.equals(previous.publishAt, revision.publishAt)) {
            fields.add("publishAt");
        }
        if (!Objects.equals(previous.unpublishAt, revision.unpublishAt)) {
            fields.add("unpublishAt");
        }
        return fields;
    }

    /** Absent, null and {} alike: a snapshot from before a field existed (authorRoles) has not changed it. */
    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isObject() && value.isEmpty());
    }

    private String write(ArticleInput content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An article snapshot is always serialisable", e);
        }
    }

    private ArticleInput read(String content) {
        try {
            return json.readValue(content, ArticleInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored revision is not readable", e);
        }
    }

    private JsonNode tree(String content) {
        try {
            return json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored revision is not readable", e);
        }
    }
}
