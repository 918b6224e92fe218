package io.gazette.transfer.wordpress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.article.Article;
import io.gazette.article.ArticleRepository;
import io.gazette.article.ArticleStatus;
import io.gazette.article.dto.ArticleInput;
import io.gazette.article.editing.ArticleReferences;
import io.gazette.article.editing.ArticleRevisions;
import io.gazette.article.editing.ArticleSearchIndex;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.Hashes;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.redirect.RedirectService;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportReference;
import io.gazette.transfer.wordpress.PostMapper.Mapped;
import io.gazette.transfer.wordpress.WordPressWriter.Batch;
import io.gazette.transfer.wordpress.WordPressWriter.Done;
import io.gazette.transfer.wordpress.WordPressWriter.Refused;
import io.gazette.transfer.wordpress.WordPressWriter.Run;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Posts as articles, with their translation group and old addresses, then their comments. A post whose mapped content
 * hashes as it did when last imported is left alone; pages, attachments and other post types are counted and skipped.
 */
@ApplicationScoped
class ArticleWriter {

    private static final String ARTICLE = WordPressWriter.ARTICLE;
    private static final String TRANSLATION = "translation";

    private final ArticleRepository articles;
    private final ArticleReferences references;
    private final ArticleSearchIndex searchIndex;
    private final ArticleRevisions revisions;
    private final ImportReference.Repository imported;
    private final RedirectService redirects;
    private final PostMapper mapper;
    private final CommentWriter comments;
    private final ObjectMapper json;
    private final Clock clock;

    ArticleWriter(ArticleRepository articles, ArticleReferences references, ArticleSearchIndex searchIndex, ArticleRevisions revisions,
                  ImportReference.Repository imported, RedirectService redirects, PostMapper mapper, CommentWriter comments,
                  ObjectMapper json, Clock clock) {
        this.articles = articles;
        this.references = references;
        this.searchIndex = searchIndex;
        this.revisions = revisions;
        this.imported = imported;
        this.redirects = redirects;
        this.mapper = mapper;
        this.comments = comments;
        this.json = json;
        this.clock = clock;
    }

    static String itemType(WxrEntry.Item item) {
        return "post".equals(item.type()) ? ARTICLE : item.type();
    }

    void item(Run run, Batch batch, WxrEntry.Item item) {
        String type = itemType(item);
        ArticleStatus status = ARTICLE.equals(type) ? PostMapper.status(item.status()) : null;
        if (!ARTICLE.equals(type) || status == null) {
            String reason = ARTICLE.equals(type) ? "status " + item.status() + " is not imported" : null;
            if (ARTICLE.equals(type) && !Set.of("trash", "auto-draft", "inherit").contains(String.valueOf(item.status()))) {
                batch.done.addAll(WordPressWriter.refusedWhole(item, "unknown post status '" + item.status() + "'"));
                return;
            }
            batch.done.add(new Done(type, item.id(), ImportOutcome.SKIPPED, reason));
            item.comments().forEach(c -> batch.done.add(new Done(WordPressWriter.COMMENT, c.id(), ImportOutcome.SKIPPED,
                    "its " + type + " is not imported")));
            return;
        }
        try {
            article(run, batch, item, mapper.map(run, batch, item, status));
        } catch (Refused refused) {
            batch.done.addAll(WordPressWriter.refusedWhole(item, refused.getMessage()));
        }
    }

    private void article(Run run, Batch batch, WxrEntry.Item item, Mapped mapped) {
        String hash = hash(mapped);
        ImportReference reference = imported.find(run.source, ARTICLE, item.id()).orElse(null);
        if (reference != null && hash.equals(reference.contentHash)) {
            batch.done.add(new Done(ARTICLE, item.id(), ImportOutcome.UNCHANGED, null));
            comments.write(run, batch, item, reference.targetId, null);
            return;
        }
        Article article = reference == null ? null : articles.findById(reference.targetId);
        ArticleInput input = mapped.input();
        articles.findBySlug(input.slug()).filter(other -> article == null || !other.id.equals(article.id)).ifPresent(other -> {
            throw new Refused("slug '" + input.slug() + "' is taken by another article (not WordPress post " + item.id()
                    + " of this site)");
        });
        Long groupId = translationGroup(run, mapped, input.language(), article);
        ArticleReferences.Credits credits;
        try {
            credits = references.resolve(input.authors(), input.authorRoles(), input.tags());
        } catch (ProblemException e) {
            throw new Refused(describe(e));
        }
        boolean created = article == null;
        Article target = created ? new Article() : article;
        boolean wasPublished = !created && target.status == ArticleStatus.PUBLISHED;
        if (!created) {
            revisions.keepBaseline(target);
        }
        target.slug = input.slug();
        target.replaceContent(input, input.language(), credits.credits(), credits.tags());
        target.status = mapped.status();
        target.publishedAt = mapped.publishedAt();
        target.publishAt = mapped.publishAt();
        target.unpublishAt = null;
        target.commentsClosed = mapped.commentsClosed();
        target.keepGivenTimes = true;
        target.createdAt = mapped.createdAt();
        target.updatedAt = mapped.updatedAt();
        if (created) {
            target.owner = WordPressWriter.ACTOR;
        }
        searchIndex.refresh(target);
        if (created) {
            articles.persist(target);
        }
        articles.flush();
        if (mapped.translationGroup() != null) {
            target.translationGroupId = groupId != null ? groupId : target.id;
            imported.save(run.source, TRANSLATION, mapped.translationGroup(), target.translationGroupId, null, clock.instant());
        } else {
            target.translationGroupId = null;
        }
        articles.flush();
        articles.refreshTagListing(target.id);
        if (!created) {
            revisions.record(target, "imported", WordPressWriter.ACTOR);
        }
        imported.save(run.source, ARTICLE, item.id(), target.id, hash, clock.instant());
        for (String link : mapped.links()) {
            if (redirects.record(link, target.id, clock.instant())) {
                batch.tally("redirects recorded");
            }
        }
        batch.done.add(new Done(ARTICLE, item.id(), created ? ImportOutcome.CREATED : ImportOutcome.UPDATED, null));
        if (target.status == ArticleStatus.PUBLISHED || wasPublished) {
            batch.purge.addAll(List.of(SurrogateKeys.article(target.id), SurrogateKeys.ARTICLES, SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.AUTHORS,
                    SurrogateKeys.TAGS, SurrogateKeys.SECTIONS, SurrogateKeys.REDIRECTS));
            target.credits.forEach(credit -> batch.purge.add(SurrogateKeys.author(credit.author.slug)));
            target.tags.forEach(tag -> batch.purge.add(SurrogateKeys.tag(tag.slug)));
        }
        comments.write(run, batch, item, target.id, target);
    }

    /** The group the post's translation term stands for, when it has one yet; refuses a second article in one language. */
    private Long translationGroup(Run run, Mapped mapped, String language, Article article) {
        if (mapped.translationGroup() == null) {
            return null;
        }
        Long groupId = imported.find(run.source, TRANSLATION, mapped.translationGroup()).map(r -> r.targetId).orElse(null);
        if (groupId != null) {
            long own = article == null ? -1 : article.id;
            if (articles.count("translationGroupId = ?1 and language = ?2 and id <> ?3", groupId, language, own) > 0) {
                throw new Refused("its translation group " + mapped.translationGroup() + " already has an article in '" + language + "'");
            }
        }
        return groupId;
    }

    private String hash(Mapped mapped) {
        try {
            return Hashes.sha256Hex(json.writeValueAsString(mapped));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapped post is plain data", e);
        }
    }

    private static String describe(ProblemException e) {
        if (e.errors() == null || e.errors().isEmpty()) {
            return e.getMessage();
        }
        return e.errors().stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
    }
}
