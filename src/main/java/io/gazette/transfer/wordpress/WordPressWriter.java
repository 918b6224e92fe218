package io.gazette.transfer.wordpress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.article.Article;
import io.gazette.article.ArticleRepository;
import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.FeaturedImage;
import io.gazette.article.editing.ArticleReferences;
import io.gazette.article.editing.ArticleRevisions;
import io.gazette.article.editing.ArticleSearchIndex;
import io.gazette.author.Author;
import io.gazette.author.AuthorRepository;
import io.gazette.comment.CommentImports;
import io.gazette.comment.CommentStatus;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.Hashes;
import io.gazette.common.text.Slugs;
import io.gazette.common.web.ContentChanged;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.Languages;
import io.gazette.redirect.RedirectService;
import io.gazette.tag.Tag;
import io.gazette.tag.TagRepository;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the entries of a WordPress export, inside a transaction the caller holds: authors, tags, posts as articles
 * with their comments and old addresses. Every item is found again by its WordPress id through an
 * {@link ImportReference}; an item whose mapped content hashes as it did last time is left alone (UNCHANGED).
 * An item that breaks a rule is refused (REJECTED, with the reason) before anything of it is written, so the
 * transaction goes on with the next.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
class WordPressWriter {

    static final String ACTOR = "import";
    private static final String AUTHOR = "author";
    private static final String TAG = "tag";
    private static final String ARTICLE = "article";
    private static final String COMMENT = "comment";
    private static final String TRANSLATION = "translation";
    private static final int NAME_LENGTH = 100;
    private static final int COMMENT_LENGTH = 5000;
    private static final int EMAIL_LENGTH = 320;

    /** What one import run knows across batches: the site, its featured images, and each login's author slug. */
    static final class Run {
        final String source;
        final Map<String, FeaturedImage> attachments;
        final Map<String, String> authorSlugs = new HashMap<>();
        /** A post's category or tag (WordPress slug) to the Gazette tag's slug, once found or made in this run. */
        final Map<String, String> tagSlugs = new HashMap<>();

        Run(String source, Map<String, FeaturedImage> attachments) {
            this.source = source;
            this.attachments = attachments;
        }

        /** After a batch rolled back: what it made is gone, so nothing it found may be trusted. */
        void forget() {
            authorSlugs.clear();
            tagSlugs.clear();
        }
    }

    /** The outcome of one item of the file. */
    record Done(String type, String sourceId, ImportOutcome outcome, String reason) {
    }

    /** What one batch did: outcomes, tallies and the surrogate keys its writes invalidated; applied once it commits. */
    static final class Batch {
        final List<Done> done = new ArrayList<>();
        final Map<String, Long> tallies = new LinkedHashMap<>();
        final Set<String> purge = new TreeSet<>();

        void tally(String name) {
            tallies.merge(name, 1L, Long::sum);
        }
    }

    /** A rule the item breaks; the item is refused, nothing of it written. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** An author or tag found or made for the file, and what the import did to it. */
    private record Ensured<T>(T entity, ImportOutcome outcome) {
    }

    /** A post as Gazette will hold it; its hash decides UNCHANGED. */
    record Mapped(ArticleInput input, ArticleStatus status, Instant publishedAt, Instant publishAt, Instant createdAt,
                  Instant updatedAt, boolean commentsClosed, String translationGroup, List<String> links) {
    }

    private final AuthorRepository authors;
    private final TagRepository tags;
    private final ArticleRepository articles;
    private final ArticleReferences references;
    private final ArticleSearchIndex searchIndex;
    private final ArticleRevisions revisions;
    private final Languages languages;
    private final ImportReference.Repository imported;
    private final RedirectService redirects;
    private final CommentImports comments;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;
    private final WordPressConfig config;
    private final Event<ContentChanged> changed;

    WordPressWriter(AuthorRepository authors, TagRepository tags, ArticleRepository articles, ArticleReferences references,
                    ArticleSearchIndex searchIndex, ArticleRevisions revisions, Languages languages,
                    ImportReference.Repository imported, RedirectService redirects, CommentImports comments,
                    Validator validator, ObjectMapper json, Clock clock, WordPressConfig config, Event<ContentChanged> changed) {
        this.authors = authors;
        this.tags = tags;
        this.articles = articles;
        this.references = references;
        this.searchIndex = searchIndex;
        this.revisions = revisions;
        this.languages = languages;
        this.imported = imported;
        this.redirects = redirects;
        this.comments = comments;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
        this.config = config;
        this.changed = changed;
    }

    /** Writes the entries in order; their purges go out as one change. */
    Batch write(Run run, List<WxrEntry> entries) {
        Batch batch = new Batch();
        for (WxrEntry entry : entries) {
            write(run, batch, entry);
        }
        if (!batch.purge.isEmpty()) {
            changed.fire(new ContentChanged(batch.purge));
        }
        return batch;
    }

    private void write(Run run, Batch batch, WxrEntry entry) {
        if (entry instanceof WxrEntry.Author author) {
            batch.done.add(author(run, batch, author));
        } else if (entry instanceof WxrEntry.Term term) {
            batch.done.add(term(run, batch, term));
        } else if (entry instanceof WxrEntry.Item item) {
            item(run, batch, item);
        }
    }

    /** Every item of an entry, refused with one reason (a batch that failed as a whole, retried entry by entry). */
    List<Done> refusedWhole(WxrEntry entry, String reason) {
        if (entry instanceof WxrEntry.Author author) {
            return List.of(new Done(AUTHOR, author.login(), ImportOutcome.REJECTED, reason));
        }
        if (entry instanceof WxrEntry.Term term) {
            return List.of(new Done(termType(term), term.slug(), ImportOutcome.REJECTED, reason));
        }
        WxrEntry.Item item = (WxrEntry.Item) entry;
        List<Done> done = new ArrayList<>();
        done.add(new Done(itemType(item), item.id(), ImportOutcome.REJECTED, reason));
        item.comments().forEach(c -> done.add(new Done(COMMENT, c.id(), ImportOutcome.REJECTED, "its post was refused")));
        return done;
    }

    // ---- authors ----

    private Done author(Run run, Batch batch, WxrEntry.Author wordpress) {
        String login = wordpress.login() == null ? "" : wordpress.login().strip();
        if (login.isEmpty()) {
            return new Done(AUTHOR, wordpress.id(), ImportOutcome.REJECTED, "no wp:author_login");
        }
        String name = firstNonBlank(WxrContent.line(wordpress.displayName()),
                WxrContent.line((nullToEmpty(wordpress.firstName()) + " " + nullToEmpty(wordpress.lastName()))), login);
        String email = blankToNull(wordpress.email());
        if (email != null && email.length() > EMAIL_LENGTH) {
            email = null;
            batch.tally("author emails longer than 320 characters left out");
        }
        return new Done(AUTHOR, login, ensureAuthor(run, batch, login, truncate(name, 200), email).outcome(), null);
    }

    /** The author of this login: as imported before, else one with its slug, else a new one. */
    private Ensured<Author> ensureAuthor(Run run, Batch batch, String login, String name, String email) {
        String hash = Hashes.sha256Hex(name + "\n" + email);
        ImportReference reference = imported.find(run.source, AUTHOR, login).orElse(null);
        Author author = reference == null ? null : authors.findById(reference.targetId);
        ImportOutcome outcome = ImportOutcome.UNCHANGED;
        if (author != null && !hash.equals(reference.contentHash)) {
            author.name = name;
            author.email = email;
            outcome = ImportOutcome.UPDATED;
            batch.purge.addAll(List.of(SurrogateKeys.author(author.slug), SurrogateKeys.AUTHORS));
        } else if (author == null) {
            String slug = slug(login, login, "author-" + Integer.toHexString(login.hashCode()));
            author = authors.findBySlug(slug).orElse(null);
            if (author != null) {
                // someone Gazette already credits: credited again, not changed
                batch.tally("authors matched to existing ones by slug");
            } else {
                author = new Author();
                author.slug = slug;
                author.name = name;
                author.email = email;
                authors.persist(author);
                authors.flush();
                outcome = ImportOutcome.CREATED;
            }
        }
        imported.save(run.source, AUTHOR, login, author.id, hash, clock.instant());
        run.authorSlugs.put(login, author.slug);
        return new Ensured<>(author, outcome);
    }

    // ---- categories and tags ----

    private Done term(Run run, Batch batch, WxrEntry.Term term) {
        String type = termType(term);
        if (!TAG.equals(type)) {
            if ("category".equals(type)) {
                batch.tally("categories mapped to sections");
            }
            return new Done(type, term.slug(), ImportOutcome.SKIPPED, null);
        }
        Ensured<Tag> tag = ensureTag(run, batch, term.slug(), term.name(), term.description(), true);
        return new Done(TAG, tag.entity().slug, tag.outcome(), null);
    }

    private String termType(WxrEntry.Term term) {
        if ("category".equals(term.taxonomy())) {
            return section(term.slug()) != null ? "category" : TAG;
        }
        return "post_tag".equals(term.taxonomy()) ? TAG : "term";
    }

    /** The section a category slug is mapped to, or null. */
    private Section section(String categorySlug) {
        String slug = WxrContent.decodeSlug(categorySlug);
        if (slug == null) {
            return null;
        }
        Section section = config.sections().get(slug);
        return section != null ? section : config.sections().get(slug.toLowerCase(Locale.ROOT));
    }

    /**
     * The tag of a category or post_tag: as imported before, else one with its slug, else a new one. Only the
     * channel's own list of terms ({@code described}) brings descriptions and updates a tag; a post's mention of it
     * just finds it.
     */
    private Ensured<Tag> ensureTag(Run run, Batch batch, String wordpressSlug, String wordpressName, String description,
                                   boolean described) {
        String name = truncate(firstNonBlank(WxrContent.line(wordpressName), WxrContent.decodeSlug(wordpressSlug), "tag"), 120);
        String slug = slug(wordpressSlug, name, "tag-" + name.hashCode());
        String about = truncate(blankToNull(WxrContent.lines(description)), 2000);
        String hash = Hashes.sha256Hex(name + "\n" + about);
        ImportReference reference = imported.find(run.source, TAG, slug).orElse(null);
        Tag tag = reference == null ? null : tags.findById(reference.targetId);
        if (tag != null && (!described || hash.equals(reference.contentHash))) {
            return new Ensured<>(tag, ImportOutcome.UNCHANGED);
        }
        ImportOutcome outcome = ImportOutcome.UNCHANGED;
        if (tag != null) {
            tag.name = name;
            tag.description = about;
            outcome = ImportOutcome.UPDATED;
            batch.purge.addAll(List.of(SurrogateKeys.tag(tag.slug), SurrogateKeys.TAGS, SurrogateKeys.ARTICLES, SurrogateKeys.ARTICLE_LISTS));
        } else {
            tag = tags.findBySlug(slug).orElse(null);
            if (tag != null) {
                batch.tally("tags matched to existing ones by slug");
            } else {
                tag = new Tag();
                tag.slug = slug;
                tag.name = name;
                tag.description = about;
                tags.persist(tag);
                tags.flush();
                outcome = ImportOutcome.CREATED;
            }
        }
        imported.save(run.source, TAG, slug, tag.id, hash, clock.instant());
        return new Ensured<>(tag, outcome);
    }

    // ---- posts ----

    private String tagSlug(Run run, Batch batch, WxrEntry.ItemTerm term) {
        String known = run.tagSlugs.get(term.slug());
        if (known == null) {
            known = ensureTag(run, batch, term.slug(), term.name(), null, false).entity().slug;
            run.tagSlugs.put(term.slug(), known);
        }
        return known;
    }

    private static String itemType(WxrEntry.Item item) {
        return "post".equals(item.type()) ? ARTICLE : item.type();
    }

    private void item(Run run, Batch batch, WxrEntry.Item item) {
        String type = itemType(item);
        ArticleStatus status = ARTICLE.equals(type) ? status(item.status()) : null;
        if (!ARTICLE.equals(type) || status == null) {
            String reason = ARTICLE.equals(type) ? "status " + item.status() + " is not imported" : null;
            if (ARTICLE.equals(type) && !Set.of("trash", "auto-draft", "inherit").contains(String.valueOf(item.status()))) {
                refuse(batch, item, "unknown post status '" + item.status() + "'");
                return;
            }
            batch.done.add(new Done(type, item.id(), ImportOutcome.SKIPPED, reason));
            item.comments().forEach(c -> batch.done.add(new Done(COMMENT, c.id(), ImportOutcome.SKIPPED, "its " + type + " is not imported")));
            return;
        }
        try {
            Mapped mapped = map(run, batch, item, status);
            article(run, batch, item, mapped);
        } catch (Refused refused) {
            refuse(batch, item, refused.getMessage());
        }
    }

    private void refuse(Batch batch, WxrEntry.Item item, String reason) {
        batch.done.addAll(refusedWhole(item, reason));
    }

    /** publish, future, draft, pending, private; null for what is not imported (trash, auto-draft, revisions). */
    private static ArticleStatus status(String wordpress) {
        return switch (String.valueOf(wordpress)) {
            case "publish" -> ArticleStatus.PUBLISHED;
            case "future" -> ArticleStatus.SCHEDULED;
            case "draft" -> ArticleStatus.DRAFT;
            case "pending" -> ArticleStatus.IN_REVIEW;
            case "private" -> ArticleStatus.UNPUBLISHED;
            default -> null;
        };
    }

    private Mapped map(Run run, Batch batch, WxrEntry.Item item, ArticleStatus wordpressStatus) {
        Instant now = clock.instant();
        Instant date = WxrContent.gmt(item.dateGmt());
        Instant modified = WxrContent.gmt(item.modifiedGmt());
        ArticleStatus status = wordpressStatus;
        Instant publishedAt = null;
        Instant publishAt = null;
        switch (status) {
            case PUBLISHED, UNPUBLISHED -> {
                if (date == null) {
                    throw new Refused("a " + item.status() + " post without wp:post_date_gmt");
                }
                if (date.isAfter(now) && status == ArticleStatus.PUBLISHED) {
                    status = ArticleStatus.SCHEDULED;
                    publishAt = date;
                    batch.tally("published posts dated in the future, imported as scheduled");
                } else {
                    publishedAt = date;
                }
            }
            case SCHEDULED -> {
                if (date == null) {
                    throw new Refused("a scheduled post without wp:post_date_gmt");
                }
                if (date.isAfter(now)) {
                    publishAt = date;
                } else {
                    // WordPress missed it; Gazette publishes it as it would have gone up
                    status = ArticleStatus.PUBLISHED;
                    publishedAt = date;
                    batch.tally("scheduled posts past their time, imported as published");
                }
            }
            default -> { }
        }
        Instant createdAt = date != null ? date : modified != null ? modified : now;
        Instant updatedAt = modified != null && !modified.isBefore(createdAt) ? modified : createdAt;

        WxrContent.Body body = WxrContent.body(item.content());
        if (body.blockComments() > 0) {
            batch.tallies.merge("Gutenberg block comments dropped", (long) body.blockComments(), Long::sum);
        }
        body.shortcodes().forEach((name, count) -> {
            batch.tallies.merge("shortcodes kept as text", (long) count, Long::sum);
            batch.tallies.merge("shortcode [" + name + "]", (long) count, Long::sum);
        });

        Section section = null;
        List<String> tagSlugs = new ArrayList<>();
        String languageTerm = null;
        String group = null;
        for (WxrEntry.ItemTerm term : item.terms()) {
            switch (String.valueOf(term.domain())) {
                case "category" -> {
                    Section mapped = section(term.slug());
                    if (mapped != null && section == null) {
                        section = mapped;
                    } else {
                        tagSlugs.add(tagSlug(run, batch, term));
                    }
                }
                case "post_tag" -> tagSlugs.add(tagSlug(run, batch, term));
                case "language" -> languageTerm = term.slug();
                case "post_translations" -> group = term.slug();
                default -> { }
            }
        }
        Map<String, String> meta = item.meta();
        languageTerm = firstNonBlank(languageTerm, meta.get("_wpml_import_language_code"), config.language());
        group = firstNonBlank(group, meta.get("_wpml_import_translation_group"), null);
        String language = language(languageTerm);

        List<String> authorSlugs = new ArrayList<>();
        Map<String, String> roles = new LinkedHashMap<>();
        String byline = blankToNull(WxrContent.line(meta.get(config.bylineField())));
        if (byline == null && item.creator() != null && !item.creator().isBlank()) {
            String login = item.creator().strip();
            String authorSlug = run.authorSlugs.get(login);
            if (authorSlug == null) {
                batch.tally("authors made from a post's dc:creator alone");
                authorSlug = ensureAuthor(run, batch, login, truncate(login, 200), null).entity().slug;
            }
            authorSlugs.add(authorSlug);
            String role = blankToNull(WxrContent.line(meta.get(config.roleField())));
            if (role != null) {
                roles.put(authorSlug, role);
            }
        }

        FeaturedImage image = null;
        String thumbnail = meta.get("_thumbnail_id");
        if (thumbnail != null && !thumbnail.isBlank()) {
            image = run.attachments.get(thumbnail.strip());
            if (image == null) {
                batch.tally("featured images whose attachment is not in the file");
            }
        }
        String title = WxrContent.line(item.title());
        ArticleInput input = new ArticleInput(articleSlug(batch, item, title), title, blankToNull(WxrContent.lines(item.excerpt())),
                body.html(), section != null ? section : config.defaultSection(), language, authorSlugs,
                roles.isEmpty() ? null : roles, byline, new ArrayList<>(new LinkedHashSet<>(tagSlugs)), image);
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new Refused(violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        List<String> links = new ArrayList<>();
        if (item.link() != null && !item.link().isBlank()) {
            links.add(item.link().strip());
        }
        links.add("/?p=" + item.id());
        return new Mapped(input, status, publishedAt, publishAt, createdAt, updatedAt, "closed".equals(item.commentStatus()),
                group, links);
    }

    /** A Polylang or WPML language (en, es_ES, pt-br) as one of the configured languages. */
    private String language(String term) {
        String primary = term.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        try {
            return languages.requireConfigured("language", primary);
        } catch (ProblemException e) {
            throw new Refused("language '" + term + "' is not one of the configured languages (gazette.languages)");
        }
    }

    /** The post's own slug, percent-decoded; made from the title (or the post id) when WordPress has none that Gazette takes. */
    private static String articleSlug(Batch batch, WxrEntry.Item item, String title) {
        String slug = slug(item.name(), title, "post-" + item.id());
        String decoded = WxrContent.decodeSlug(item.name());
        if (decoded != null && !decoded.isBlank() && !slug.equals(Normalizer.normalize(decoded, Normalizer.Form.NFC))) {
            batch.tally("slugs rewritten to Gazette's rule");
        }
        return slug;
    }

    /** A valid slug from WordPress's, else from the name, else the fallback. */
    private static String slug(String wordpressSlug, String name, String fallback) {
        String decoded = WxrContent.decodeSlug(wordpressSlug);
        if (decoded != null) {
            decoded = Normalizer.normalize(decoded.strip(), Normalizer.Form.NFC);
            if (decoded.length() <= Slugs.MAX_LENGTH && decoded.matches(Slugs.PATTERN)) {
                return decoded;
            }
            String made = Slugs.fromTitle(decoded);
            if (!made.isEmpty()) {
                return made;
            }
        }
        String fromName = name == null ? "" : Slugs.fromTitle(name);
        return fromName.isEmpty() ? fallback : fromName;
    }

    private void article(Run run, Batch batch, WxrEntry.Item item, Mapped mapped) {
        String hash = hash(mapped);
        ImportReference reference = imported.find(run.source, ARTICLE, item.id()).orElse(null);
        if (reference != null && hash.equals(reference.contentHash)) {
            batch.done.add(new Done(ARTICLE, item.id(), ImportOutcome.UNCHANGED, null));
            comments(run, batch, item, reference.targetId, null);
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
            target.owner = ACTOR;
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
            revisions.record(target, "imported", ACTOR);
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
        comments(run, batch, item, target.id, target);
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

    // ---- comments ----

    /**
     * The post's comments, parents before replies. {@code article} is null when the post itself was unchanged: its
     * comments are then written only if they changed, and not at all if the article was deleted in Gazette since.
     */
    private void comments(Run run, Batch batch, WxrEntry.Item item, long articleId, Article article) {
        if (item.comments().isEmpty()) {
            return;
        }
        Map<String, ImportReference> known = imported.find(run.source, COMMENT,
                item.comments().stream().map(WxrEntry.Comment::id).filter(id -> id != null).toList());
        Map<String, Long> idsByWordPressId = new HashMap<>();
        known.forEach((id, reference) -> idsByWordPressId.put(id, reference.targetId));
        Boolean articleExists = article != null ? Boolean.TRUE : null;
        boolean changedAny = false;
        for (WxrEntry.Comment wordpress : parentsFirst(item.comments())) {
            String type = wordpress.type() == null ? "" : wordpress.type();
            if (type.equals("pingback") || type.equals("trackback")) {
                batch.done.add(new Done(COMMENT, wordpress.id(), ImportOutcome.SKIPPED, type));
                continue;
            }
            CommentImports.Imported comment;
            try {
                comment = comment(wordpress, article != null ? article.createdAt : null);
            } catch (Refused refused) {
                batch.done.add(new Done(COMMENT, wordpress.id(), ImportOutcome.REJECTED, refused.getMessage()));
                continue;
            }
            String parent = wordpress.parent() == null || wordpress.parent().isBlank() || wordpress.parent().equals("0")
                    ? null : wordpress.parent().strip();
            String hash = Hashes.sha256Hex(String.join("\n", comment.name(), comment.email(), String.valueOf(comment.address()),
                    comment.body(), comment.status().value(), String.valueOf(comment.createdAt()), String.valueOf(parent)));
            ImportReference reference = known.get(wordpress.id());
            if (reference != null && hash.equals(reference.contentHash)) {
                batch.done.add(new Done(COMMENT, wordpress.id(), ImportOutcome.UNCHANGED, null));
                continue;
            }
            if (articleExists == null) {
                articleExists = articles.findById(articleId) != null;
            }
            if (!articleExists) {
                batch.done.add(new Done(COMMENT, wordpress.id(), ImportOutcome.REJECTED, "its article was deleted in Gazette"));
                continue;
            }
            Long parentId = parent == null ? null : idsByWordPressId.get(parent);
            if (parent != null && parentId == null) {
                batch.tally("replies whose parent is not in the file, kept as top-level comments");
            }
            ImportOutcome outcome;
            long id;
            if (reference != null && comments.update(reference.targetId, articleId, comment)) {
                id = reference.targetId;
                outcome = ImportOutcome.UPDATED;
            } else {
                id = comments.create(articleId, parentId, comment);
                outcome = ImportOutcome.CREATED;
            }
            imported.save(run.source, COMMENT, wordpress.id(), id, hash, clock.instant());
            idsByWordPressId.put(wordpress.id(), id);
            changedAny = true;
            batch.done.add(new Done(COMMENT, wordpress.id(), outcome, null));
        }
        if (changedAny) {
            comments.refreshCount(articleId);
            batch.purge.addAll(List.of(SurrogateKeys.comments(articleId), SurrogateKeys.article(articleId),
                    SurrogateKeys.card(articleId)));
        }
    }

    private static CommentImports.Imported comment(WxrEntry.Comment wordpress, Instant fallbackTime) {
        CommentStatus status = switch (String.valueOf(wordpress.approved())) {
            case "1" -> CommentStatus.APPROVED;
            case "0" -> CommentStatus.PENDING;
            case "spam" -> CommentStatus.SPAM;
            case "trash", "post-trashed" -> CommentStatus.REJECTED;
            default -> throw new Refused("unknown comment status '" + wordpress.approved() + "'");
        };
        String body = WxrContent.lines(wordpress.content());
        if (body == null || body.isEmpty()) {
            throw new Refused("an empty comment");
        }
        if (body.length() > COMMENT_LENGTH) {
            throw new Refused("longer than " + COMMENT_LENGTH + " characters");
        }
        String email = wordpress.email() == null ? "" : wordpress.email().strip();
        if (email.length() > EMAIL_LENGTH) {
            throw new Refused("an email longer than " + EMAIL_LENGTH + " characters");
        }
        Instant createdAt = WxrContent.gmt(wordpress.dateGmt());
        if (createdAt == null) {
            createdAt = fallbackTime;
        }
        if (createdAt == null) {
            throw new Refused("no wp:comment_date_gmt");
        }
        String name = truncate(firstNonBlank(WxrContent.line(wordpress.author()), "Anonymous", null), NAME_LENGTH);
        return new CommentImports.Imported(name, email, blankToNull(wordpress.ip()), body, status, createdAt);
    }

    /** Comments ordered so that each parent (when in the list) comes before its replies; otherwise in file order. */
    private static List<WxrEntry.Comment> parentsFirst(List<WxrEntry.Comment> comments) {
        Map<String, WxrEntry.Comment> byId = new LinkedHashMap<>();
        comments.forEach(c -> byId.put(c.id(), c));
        Map<String, Integer> depth = new HashMap<>();
        for (WxrEntry.Comment c : comments) {
            int d = 0;
            Set<String> seen = new HashSet<>();
            for (WxrEntry.Comment at = c; at != null && at.parent() != null && byId.containsKey(at.parent()) && seen.add(at.id());
                 at = byId.get(at.parent())) {
                d++;
            }
            depth.put(c.id(), d);
        }
        List<WxrEntry.Comment> ordered = new ArrayList<>(comments);
        ordered.sort(Comparator.comparingInt(c -> depth.getOrDefault(c.id(), 0)));
        return ordered;
    }

    // ---- helpers ----

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

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
