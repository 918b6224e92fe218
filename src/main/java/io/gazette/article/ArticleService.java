package io.gazette.article;

import io.gazette.article.dto.ArticleCard;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.ArticlePatch;
import io.gazette.article.dto.ArticleView;
import io.gazette.article.dto.FeaturedImage;
import io.gazette.author.Author;
import io.gazette.author.AuthorRepository;
import io.gazette.author.dto.AuthorRef;
import io.gazette.article.dto.SectionView;
import io.gazette.article.dto.TranslationRef;
import io.gazette.article.dto.RevisionSummary;
import io.gazette.article.dto.RevisionView;
import io.gazette.article.dto.StatusChange;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.IfMatch;
import io.gazette.common.error.ProblemType;
import io.gazette.common.security.Actor;
import io.gazette.common.security.CurrentActor;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.HtmlSanitizer;
import io.gazette.common.text.SearchText;
import io.gazette.common.text.Slugs;
import io.gazette.common.text.Snippets;
import io.gazette.common.text.Texts;
import io.gazette.language.LanguageConfig;
import io.gazette.language.Languages;
import io.gazette.tag.Tag;
import io.gazette.tag.TagRepository;
import io.gazette.tag.TagTranslation;
import io.gazette.tag.dto.TagRef;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ArticleService {

    public static final String DEFAULT_LANGUAGE = "en";
    public static final int MAX_RELATED = 20;
    private static final int RELATED_CANDIDATES = 200;

    private final ArticleRepository articles;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final LanguageConfig config;
    private final ArticleSearch search;
    private final ArticleSearchIndex searchIndex;
    private final ArticleCursors cursors;
    private final ArticleCounts counts;
    private final TagTranslation.Repository tagTranslations;
    private final ArticleRevisions revisions;
    private final CurrentActor actors;
    private final Clock clock;

    ArticleService(ArticleRepository articles, AuthorRepository authors, TagRepository tags, LanguageConfig config,
                   ArticleSearch search, ArticleSearchIndex searchIndex, ArticleCursors cursors, ArticleCounts counts,
                   TagTranslation.Repository tagTranslations, ArticleRevisions revisions, CurrentActor actors,
                   Clock clock) {
        this.revisions = revisions;
        this.actors = actors;
        this.articles = articles;
        this.authors = authors;
        this.tags = tags;
        this.config = config;
        this.search = search;
        this.searchIndex = searchIndex;
        this.cursors = cursors;
        this.counts = counts;
        this.tagTranslations = tagTranslations;
        this.clock = clock;
    }

    public PagedList<ArticleCard> list(ArticleListRequest request) {
        ArticleFilter filter = request.filter();
        if (filter.language() != null) {
            requireKnownLanguage("lang", filter.language());
        }
        filter.fallbackLanguages().forEach(language -> requireKnownLanguage("fallback", language));
        boolean cursorMode = request.cursor() != null;
        int size = request.page().size();
        ArticleListQuery.Keyset after = cursorMode && !request.cursor().isEmpty()
                ? cursors.read(request.cursor(), request.sort(), filter)
                : null;
        // Cursor mode reads one extra row to learn whether a next page exists, instead of counting.
        ArticleListQuery query = new ArticleListQuery(filter, request.sort(), request.search(), after, cursorMode,
                request.page().offset(), cursorMode ? size + 1 : size);
        List<Long> ids = articles.pageIds(query, search);
        boolean more = cursorMode && ids.size() > size;
        List<Article> found = articles.withRelations(more ? ids.subList(0, size) : ids);
        Map<Long, TagTranslation> tagNames = tagTranslations.into(filter.language(),
                found.stream().flatMap(a -> a.tags.stream()).map(t -> t.id).distinct().toList());
        List<ArticleCard> items = found.stream().map(a -> toCard(a, request, tagNames)).toList();
        PageMeta meta = cursorMode
                ? PageMeta.cursor(size, more ? cursors.after(found.get(found.size() - 1), request.sort(), filter) : null)
                : PageMeta.of(request.page(), counts.count(filter.fingerprint(), query));
        return new PagedList<>(items, meta);
    }

    public PagedList<SectionView> sections(String language) {
        Map<Section, Long> counts = articles.publishedPerSection();
        List<SectionView> items = Arrays.stream(Section.values())
                .map(section -> new SectionView(section, section.displayName(language), counts.getOrDefault(section, 0L)))
                .sorted(Comparator.comparingLong(SectionView::articleCount).reversed())
                .toList();
        return new PagedList<>(items, PageMeta.single(items.size(), items.size()));
    }

    /**
     * Published articles in the same language that share tags or authors, best first: shared authors
     * count 3, shared tags 2 each, and the sum is divided by (1 + age in days / 30). The candidates are the
     * 200 newest that share anything, so the cost stays flat however many articles a tag has.
     */
    public PagedList<ArticleCard> related(String slug, int size) {
        Article article = articles.findPublishedBySlug(slug).orElseThrow(() -> ProblemException.notFound("article", slug));
        List<Long> tagIds = article.tags.stream().map(t -> t.id).toList();
        List<Long> authorIds = article.authors.stream().map(a -> a.id).toList();
        Map<Long, Instant> candidates = articles.relatedCandidates(article, tagIds, authorIds, RELATED_CANDIDATES);
        Map<Long, Long> sharedTags = articles.sharedCounts("article_tag", "tag_id", candidates.keySet(), tagIds);
        Map<Long, Long> sharedAuthors = articles.sharedCounts("article_author", "author_id", candidates.keySet(), authorIds);
        Instant now = clock.instant();
        List<Long> best = candidates.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Long, Instant> c) -> -relatedScore(
                                sharedTags.getOrDefault(c.getKey(), 0L), sharedAuthors.getOrDefault(c.getKey(), 0L),
                                Duration.between(c.getValue(), now)))
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder()))
                .limit(size)
                .map(Map.Entry::getKey)
                .toList();
        List<ArticleCard> items = articles.withRelations(best).stream().map(ArticleService::toCard).toList();
        return new PagedList<>(items, PageMeta.single(size, items.size()));
    }

    private static double relatedScore(long sharedTags, long sharedAuthors, Duration age) {
        double ageDays = Math.max(0, age.toHours() / 24.0);
        return (2.0 * sharedTags + 3.0 * sharedAuthors) / (1 + ageDays / 30);
    }

    public ArticleView getPublished(String slug) {
        return articles.findPublishedBySlug(slug).map(this::toPublicView)
                .orElseThrow(() -> ProblemException.notFound("article", slug));
    }

    /** What a preview link shows: the article in any status, but only what a reader would see once it is out. */
    public Optional<ArticleView> findForPreview(long id) {
        return articles.findByIdOptional(id).map(this::toPublicView);
    }

    public ArticleEditorView getAnyStatus(String slug) {
        return toEditorView(find(slug));
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView create(ArticleInput input) {
        Actor actor = actors.get();
        Article article = new Article();
        article.slug = input.slug() != null ? input.slug() : Slugs.fromTitleOf("title", input.title());
        requireFreeSlug(article.slug, null);
        apply(article, input);
        article.owner = actor.name();
        searchIndex.refresh(article);
        articles.persistAndFlush(article);
        revisions.record(article, "created", actor.name());
        return toEditorView(article);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView replace(String slug, ArticleInput input, IfMatch ifMatch) {
        Actor actor = actors.get();
        Article article = findEditable(slug, actor, ifMatch);
        replaceContent(article, input);
        revisions.record(article, "updated", actor.name());
        return toEditorView(article);
    }

    private void replaceContent(Article article, ArticleInput input) {
        if (input.slug() != null) {
            requireFreeSlug(input.slug(), article.id);
            article.slug = input.slug();
        }
        apply(article, input);
        searchIndex.refresh(article);
        articles.flush();
        articles.refreshTagListing(article.id);
    }

    /** Puts an earlier revision's content back (the status stays) and keeps that as a new revision. */
    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView restore(String slug, int number, IfMatch ifMatch) {
        Actor actor = actors.get();
        Article article = findEditable(slug, actor, ifMatch);
        replaceContent(article, revisions.content(article, number));
        revisions.record(article, "restored " + number, actor.name());
        return toEditorView(article);
    }

    public PagedList<RevisionSummary> revisions(String slug, PageRequest page) {
        return revisions.list(find(slug), page);
    }

    public RevisionView revision(String slug, int number) {
        return revisions.get(find(slug), number);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView patch(String slug, ArticlePatch patch, IfMatch ifMatch) {
        Actor actor = actors.get();
        Article article = findEditable(slug, actor, ifMatch);
        if (patch.slug() != null) {
            requireFreeSlug(patch.slug(), article.id);
            article.slug = patch.slug();
        }
        if (patch.title() != null) {
            article.title = patch.title().trim();
        }
        if (patch.excerpt() != null) {
            article.excerpt = Texts.blankToNull(patch.excerpt());
        }
        if (patch.body() != null) {
            article.body = HtmlSanitizer.clean(patch.body());
        }
        if (patch.section() != null) {
            article.section = patch.section();
        }
        if (patch.language() != null) {
            article.language = requireKnownLanguage("language", patch.language());
        }
        List<FieldError> errors = new ArrayList<>();
        if (patch.authors() != null) {
            article.authors = resolveAuthors(patch.authors(), errors);
        }
        if (patch.byline() != null) {
            article.byline = Texts.blankToNull(patch.byline());
        }
        if (patch.tags() != null) {
            article.tags = resolveTags(patch.tags(), errors);
        }
        throwIfAny(errors);
        if (patch.featuredImage() != null) {
            boolean remove = patch.featuredImage().url() == null || patch.featuredImage().url().isBlank();
            article.featuredImageUrl = remove ? null : patch.featuredImage().url().trim();
            article.featuredImageAlt = remove ? null : Texts.blankToNull(patch.featuredImage().alt());
        }
        searchIndex.refresh(article);
        articles.flush();
        articles.refreshTagListing(article.id);
        revisions.record(article, "updated", actor.name());
        return toEditorView(article);
    }

    /** Puts {@code otherSlug} in the translation group of {@code slug}; one article per language per group. */
    @Transactional
    public ArticleEditorView linkTranslation(String slug, String otherSlug) {
        Article article = find(slug);
        Article other = find(otherSlug);
        if (article.id.equals(other.id)) {
            throw ProblemException.invalidField("translation", "an article cannot be its own translation");
        }
        if (article.translationGroupId == null) {
            article.translationGroupId = article.id;
        }
        for (Article member : articles.translationsOf(article, false)) {
            if (!member.id.equals(other.id) && member.language.equals(other.language)) {
                throw ProblemException.conflict("The translation group already has a '" + other.language
                        + "' article: " + member.slug);
            }
        }
        if (article.language.equals(other.language)) {
            throw ProblemException.conflict("Both articles are in '" + other.language + "'; a group holds one article per language");
        }
        other.translationGroupId = article.translationGroupId;
        articles.flush();
        return toEditorView(article);
    }

    @Transactional
    public ArticleEditorView unlinkTranslation(String slug, String otherSlug) {
        Article article = find(slug);
        Article other = find(otherSlug);
        if (article.translationGroupId == null || !article.translationGroupId.equals(other.translationGroupId)
                || article.id.equals(other.id)) {
            throw ProblemException.notFound("translation", otherSlug + " of " + slug);
        }
        other.translationGroupId = null;
        articles.flush();
        List<Article> rest = articles.translationsOf(article, false);
        if (rest.isEmpty()) {
            article.translationGroupId = null;
        }
        return toEditorView(article);
    }

    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public void delete(String slug, IfMatch ifMatch) {
        Article article = find(slug);
        ifMatch.check(article.version);
        articles.delete(article);
        articles.flush();
    }

    /**
     * Moves an article along the workflow. Authors may only submit their own drafts for review and take
     * them back; publishAt goes with scheduled only, unpublishAt with scheduled or published.
     */
    @Transactional
    @CacheInvalidateAll(cacheName = ArticleCounts.CACHE)
    public ArticleEditorView changeStatus(String slug, StatusChange change) {
        Actor actor = actors.get();
        Article article = find(slug);
        ArticleStatus target = change.status();
        if (actor.isAuthorOnly()) {
            requireOwnDraft(article, actor);
            if (!target.editableByAuthor()) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Authors may move their articles between draft and in_review only");
            }
        }
        boolean reschedule = target == article.status && target.canReschedule();
        if (!reschedule && !article.status.canMoveTo(target)) {
            throw ProblemException.conflict("An article cannot go from " + article.status + " to " + target);
        }
        Instant now = clock.instant();
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
        throwIfAny(errors);
        revisions.keepBaseline(article);
        article.moveTo(target, now);
        article.publishAt = change.publishAt();
        article.unpublishAt = change.unpublishAt();
        articles.flush();
        articles.refreshTagListing(article.id);
        revisions.record(article, "status", actor.name());
        return toEditorView(article);
    }

    /** Publishes now; an article that is already published is a 409 (its times change through changeStatus). */
    @Transactional
    public ArticleEditorView publish(String slug) {
        if (find(slug).status == ArticleStatus.PUBLISHED) {
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

    private Article find(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("article", slug));
    }

    /** The article, if the actor may change it and has seen its current version. */
    private Article findEditable(String slug, Actor actor, IfMatch ifMatch) {
        Article article = find(slug);
        if (actor.isAuthorOnly()) {
            requireOwnDraft(article, actor);
        }
        ifMatch.check(article.version);
        revisions.keepBaseline(article);
        return article;
    }

    private static void requireOwnDraft(Article article, Actor actor) {
        if (!actor.name().equals(article.owner)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Authors may only change their own articles");
        }
        if (!article.status.editableByAuthor()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Authors may only change articles in draft or in_review; this one is " + article.status);
        }
    }

    private void apply(Article article, ArticleInput input) {
        article.title = input.title().trim();
        article.excerpt = Texts.blankToNull(input.excerpt());
        article.body = HtmlSanitizer.clean(input.body());
        article.section = input.section();
        article.language = input.language() == null ? DEFAULT_LANGUAGE : requireKnownLanguage("language", input.language());
        List<FieldError> errors = new ArrayList<>();
        article.authors = resolveAuthors(input.authors() == null ? List.of() : input.authors(), errors);
        article.tags = resolveTags(input.tags() == null ? List.of() : input.tags(), errors);
        throwIfAny(errors);
        article.byline = Texts.blankToNull(input.byline());
        FeaturedImage image = input.featuredImage();
        article.featuredImageUrl = image == null ? null : image.url().trim();
        article.featuredImageAlt = image == null ? null : Texts.blankToNull(image.alt());
    }

    private String requireKnownLanguage(String field, String language) {
        if (!config.languages().contains(language)) {
            throw ProblemException.invalidField(field, "must be one of " + String.join(", ", config.languages()));
        }
        return language;
    }

    private List<Author> resolveAuthors(List<String> slugs, List<FieldError> errors) {
        Map<String, Author> found = authors.findBySlugs(new HashSet<>(slugs)).stream()
                .collect(Collectors.toMap(a -> a.slug, Function.identity()));
        return resolve("authors", "author", slugs, found, errors);
    }

    private Set<Tag> resolveTags(List<String> slugs, List<FieldError> errors) {
        Map<String, Tag> found = tags.findBySlugs(new HashSet<>(slugs)).stream()
                .collect(Collectors.toMap(t -> t.slug, Function.identity()));
        return new LinkedHashSet<>(resolve("tags", "tag", slugs, found, errors));
    }

    /** Maps slugs to entities in the given order; each unknown or repeated slug adds an error naming its position. */
    private static <T> List<T> resolve(String field, String what, List<String> slugs, Map<String, T> found,
                                       List<FieldError> errors) {
        List<T> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            if (!seen.add(slug)) {
                errors.add(new FieldError(field + "[" + i + "]", what + " '" + slug + "' is listed twice"));
            } else if (!found.containsKey(slug)) {
                errors.add(new FieldError(field + "[" + i + "]", "no " + what + " has slug '" + slug + "'"));
            } else {
                resolved.add(found.get(slug));
            }
        }
        return resolved;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private void requireFreeSlug(String slug, Long ownId) {
        articles.findBySlug(slug).filter(existing -> !existing.id.equals(ownId)).ifPresent(existing -> {
            throw ProblemException.conflict("An article with slug '" + slug + "' already exists");
        });
    }

    private static ArticleCard toCard(Article a) {
        return new ArticleCard(a.id, a.slug, a.title, a.excerpt, a.section, a.language, Languages.direction(a.language), a.status, a.publishedAt,
                authorRefs(a), a.byline, tagRefs(a), featuredImage(a), a.commentCount, null, null);
    }

    private static ArticleCard toCard(Article a, ArticleListRequest request, Map<Long, TagTranslation> tagNames) {
        Set<ArticleInclude> includes = request.includes();
        List<AuthorRef> authorRefs = a.authors.stream()
                .map(includes.contains(ArticleInclude.AUTHORS_BIO) ? AuthorRef::withBio : AuthorRef::of)
                .toList();
        boolean descriptions = includes.contains(ArticleInclude.TAGS_DESCRIPTION);
        List<TagRef> tagRefs = a.tags.stream()
                .map(t -> TagRef.of(t, tagNames.get(t.id), descriptions))
                .sorted(Comparator.comparing(TagRef::name))
                .toList();
        // Tag and author names are searched too, so a hit on them alone still shows why it matched.
        String snippet = request.search() == null ? null
                : Snippets.around(request.search().required(), a.title, a.excerpt, SearchText.plainText(a.body),
                        a.tags.stream().map(t -> t.name).sorted().collect(Collectors.joining(", ")),
                        a.authors.stream().map(au -> au.name).collect(Collectors.joining(", ")));
        return new ArticleCard(a.id, a.slug, a.title, a.excerpt, a.section, a.language, Languages.direction(a.language), a.status, a.publishedAt,
                authorRefs, a.byline, tagRefs, featuredImage(a), a.commentCount,
                includes.contains(ArticleInclude.BODY) ? a.body : null, snippet);
    }

    private ArticleView toPublicView(Article a) {
        return new ArticleView(a.id, a.slug, a.title, a.excerpt, a.body, a.section, a.language, Languages.direction(a.language), a.status,
                a.publishedAt, authorRefs(a), a.byline, translatedTagRefs(a), featuredImage(a), a.commentCount, a.createdAt, a.updatedAt,
                a.version, translationRefs(a, true));
    }

    private ArticleEditorView toEditorView(Article a) {
        return new ArticleEditorView(a.id, a.slug, a.title, a.excerpt, a.body, a.section, a.language, Languages.direction(a.language), a.status,
                a.publishedAt, a.publishAt, a.unpublishAt, a.owner, authorRefs(a), a.byline, translatedTagRefs(a), featuredImage(a),
                a.commentCount, a.createdAt, a.updatedAt, a.version, translationRefs(a, false));
    }

    private List<TranslationRef> translationRefs(Article a, boolean publishedOnly) {
        return articles.translationsOf(a, publishedOnly).stream()
                .map(t -> new TranslationRef(t.language, t.slug, t.title, Languages.direction(t.language)))
                .toList();
    }

    /** Tag names in the article's own language, where a translation exists. */
    private List<TagRef> translatedTagRefs(Article a) {
        Map<Long, TagTranslation> tagNames = tagTranslations.into(a.language, a.tags.stream().map(t -> t.id).toList());
        return a.tags.stream().map(t -> TagRef.of(t, tagNames.get(t.id), false))
                .sorted(Comparator.comparing(TagRef::name)).toList();
    }

    private static List<AuthorRef> authorRefs(Article a) {
        return a.authors.stream().map(AuthorRef::of).toList();
    }

    private static List<TagRef> tagRefs(Article a) {
        return a.tags.stream().map(TagRef::of).sorted(Comparator.comparing(TagRef::name)).toList();
    }

    private static FeaturedImage featuredImage(Article a) {
        return a.featuredImageUrl == null ? null : new FeaturedImage(a.featuredImageUrl, a.featuredImageAlt);
    }
}
