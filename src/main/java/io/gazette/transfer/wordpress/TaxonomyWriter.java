package io.gazette.transfer.wordpress;

import static io.gazette.transfer.wordpress.WxrContent.blankToNull;
import static io.gazette.transfer.wordpress.WxrContent.firstNonBlank;
import static io.gazette.transfer.wordpress.WxrContent.truncate;

import io.gazette.article.Section;
import io.gazette.author.Author;
import io.gazette.author.AuthorRepository;
import io.gazette.common.persistence.SluggedEntity;
import io.gazette.common.taxonomy.TaxonomyRepository;
import io.gazette.common.text.Hashes;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.tag.Tag;
import io.gazette.tag.TagRepository;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportReference;
import io.gazette.transfer.wordpress.WordPressWriter.Batch;
import io.gazette.transfer.wordpress.WordPressWriter.Done;
import io.gazette.transfer.wordpress.WordPressWriter.Run;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The file's authors ({@code wp:author}, or a post's {@code dc:creator} alone) and its categories and tags, as Gazette
 * authors and tags. Both are kept the same way: found again through their {@link ImportReference}, else an existing
 * one with their slug is credited (not changed), else made.
 */
@ApplicationScoped
class TaxonomyWriter {

    private static final int EMAIL_LENGTH = 320;

    /** How one kind of taxonomy is kept: its reference kind, store, what a change to one purges, and the tally of slug matches. */
    private record Kind<T extends SluggedEntity>(String name, TaxonomyRepository<T> repository, Supplier<T> make,
                                                 Function<T, List<String>> purge, String matchedBySlug) {
    }

    /** An author or tag found or made for the file, and what the import did to it. */
    record Ensured<T>(T entity, ImportOutcome outcome) {
    }

    private final Kind<Author> authorKind;
    private final Kind<Tag> tagKind;
    private final ImportReference.Repository imported;
    private final WordPressConfig config;
    private final Clock clock;

    TaxonomyWriter(AuthorRepository authors, TagRepository tags, ImportReference.Repository imported, WordPressConfig config, Clock clock) {
        this.authorKind = new Kind<>(WordPressWriter.AUTHOR, authors, Author::new,
                author -> List.of(SurrogateKeys.author(author.slug), SurrogateKeys.AUTHORS), "authors matched to existing ones by slug");
        this.tagKind = new Kind<>(WordPressWriter.TAG, tags, Tag::new,
                tag -> List.of(SurrogateKeys.tag(tag.slug), SurrogateKeys.TAGS, SurrogateKeys.ARTICLES, SurrogateKeys.ARTICLE_LISTS),
                "tags matched to existing ones by slug");
        this.imported = imported;
        this.config = config;
        this.clock = clock;
    }

    // ---- authors ----

    Done author(Run run, Batch batch, WxrEntry.Author wordpress) {
        String login = wordpress.login() == null ? "" : wordpress.login().strip();
        if (login.isEmpty()) {
            return new Done(WordPressWriter.AUTHOR, wordpress.id(), ImportOutcome.REJECTED, "no wp:author_login");
        }
        String name = firstNonBlank(WxrContent.line(wordpress.displayName()),
                WxrContent.line(nullToEmpty(wordpress.firstName()) + " " + nullToEmpty(wordpress.lastName())), login);
        String email = blankToNull(wordpress.email());
        if (email != null && email.length() > EMAIL_LENGTH) {
            email = null;
            batch.tally("author emails longer than 320 characters left out");
        }
        return new Done(WordPressWriter.AUTHOR, login, ensureAuthor(run, batch, login, truncate(name, 200), email, true).outcome(), null);
    }

    /** The slug of the author credited for this login: known in this run, else found or made from the login alone. */
    String creatorSlug(Run run, Batch batch, String login) {
        String slug = run.authorSlugs.get(login);
        if (slug == null) {
            batch.tally("authors made from a post's dc:creator alone");
            slug = ensureAuthor(run, batch, login, truncate(login, 200), null, false).entity().slug;
        }
        return slug;
    }

    /** The author of this login: as imported before, else one with its slug, else a new one. */
    private Ensured<Author> ensureAuthor(Run run, Batch batch, String login, String name, String email, boolean described) {
        String slug = WxrContent.slug(login, login, "author-" + Integer.toHexString(login.hashCode()));
        Ensured<Author> author = ensure(run, batch, authorKind, login, slug, Hashes.sha256Hex(name + "\n" + email), described, found -> {
            found.name = name;
            found.email = email;
        });
        run.authorSlugs.put(login, author.entity().slug);
        return author;
    }

    // ---- categories and tags ----

    Done term(Run run, Batch batch, WxrEntry.Term term) {
        String type = termType(term);
        if (!WordPressWriter.TAG.equals(type)) {
            if ("category".equals(type)) {
                batch.tally("categories mapped to sections");
            }
            return new Done(type, term.slug(), ImportOutcome.SKIPPED, null);
        }
        Ensured<Tag> tag = ensureTag(run, batch, term.slug(), term.name(), term.description(), true);
        return new Done(WordPressWriter.TAG, tag.entity().slug, tag.outcome(), null);
    }

    String termType(WxrEntry.Term term) {
        if ("category".equals(term.taxonomy())) {
            return section(term.slug()) != null ? "category" : WordPressWriter.TAG;
        }
        return "post_tag".equals(term.taxonomy()) ? WordPressWriter.TAG : "term";
    }

    /** The section a category slug is mapped to, or null. */
    Section section(String categorySlug) {
        String slug = WxrContent.decodeSlug(categorySlug);
        if (slug == null) {
            return null;
        }
        Section section = config.sections().get(slug);
        return section != null ? section : config.sections().get(slug.toLowerCase(Locale.ROOT));
    }

    /** The Gazette tag's slug for a post's category or tag, found or made once per run. */
    String tagSlug(Run run, Batch batch, WxrEntry.ItemTerm term) {
        String known = run.tagSlugs.get(term.slug());
        if (known == null) {
            known = ensureTag(run, batch, term.slug(), term.name(), null, false).entity().slug;
            run.tagSlugs.put(term.slug(), known);
        }
        return known;
    }

    /**
     * The tag of a category or post_tag. Only the channel's own list of terms ({@code described}) brings descriptions
     * and updates a tag; a post's mention of it just finds it.
     */
    private Ensured<Tag> ensureTag(Run run, Batch batch, String wordpressSlug, String wordpressName, String description,
                                   boolean described) {
        String name = truncate(firstNonBlank(WxrContent.line(wordpressName), WxrContent.decodeSlug(wordpressSlug), "tag"), 120);
        String slug = WxrContent.slug(wordpressSlug, name, "tag-" + name.hashCode());
        String about = truncate(blankToNull(WxrContent.lines(description)), 2000);
        return ensure(run, batch, tagKind, slug, slug, Hashes.sha256Hex(name + "\n" + about), described, found -> {
            found.name = name;
            found.description = about;
        });
    }

    // ---- both ----

    /**
     * The item kept under {@code sourceId}: as imported before (changed by {@code fill} when {@code described} and its
     * hash differs), else an existing one with {@code slug}, credited and not changed, else a new one filled in.
     */
    private <T extends SluggedEntity> Ensured<T> ensure(Run run, Batch batch, Kind<T> kind, String sourceId, String slug, String hash,
                                                        boolean described, Consumer<T> fill) {
        ImportReference reference = imported.find(run.source, kind.name(), sourceId).orElse(null);
        T found = reference == null ? null : kind.repository().findById(reference.targetId);
        if (found != null && (!described || hash.equals(reference.contentHash))) {
            return new Ensured<>(found, ImportOutcome.UNCHANGED);
        }
        ImportOutcome outcome = ImportOutcome.UNCHANGED;
        if (found != null) {
            fill.accept(found);
            outcome = ImportOutcome.UPDATED;
            batch.purge.addAll(kind.purge().apply(found));
        } else {
            found = kind.repository().findBySlug(slug).orElse(null);
            if (found != null) {
                batch.tally(kind.matchedBySlug());
            } else {
                found = kind.make().get();
                found.slug = slug;
                fill.accept(found);
                kind.repository().persist(found);
                kind.repository().flush();
                outcome = ImportOutcome.CREATED;
            }
        }
        imported.save(run.source, kind.name(), sourceId, found.id, hash, clock.instant());
        return new Ensured<>(found, outcome);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
