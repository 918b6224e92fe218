package io.gazette.author;

import io.gazette.author.dto.AuthorEditorView;
import io.gazette.author.dto.AuthorInput;
import io.gazette.author.dto.AuthorPatch;
import io.gazette.author.dto.AuthorView;
import io.gazette.common.api.CountSort;
import io.gazette.common.api.IfMatch;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Versioned;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.Slugs;
import io.gazette.common.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.BiFunction;

@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AuthorService {

    private final AuthorRepository authors;
    private final Event<AuthorChanged> changed;

    AuthorService(AuthorRepository authors, Event<AuthorChanged> changed) {
        this.authors = authors;
        this.changed = changed;
    }

    public PagedList<AuthorView> list(PageRequest page, CountSort sort) {
        return list(page, sort, AuthorService::toPublicView);
    }

    public PagedList<AuthorEditorView> listForEditors(PageRequest page, CountSort sort) {
        return list(page, sort, AuthorService::toEditorView);
    }

    /** The author's name, without counting their articles (feed titles). */
    public String name(String slug) {
        return authors.require(slug).name;
    }

    public AuthorView get(String slug) {
        Author author = authors.require(slug);
        return toPublicView(author, authors.publishedArticleCount(author));
    }

    /** Public profiles by id; ids of authors that no longer exist are absent. */
    public Map<Long, AuthorView> publicViews(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = authors.publishedArticleCounts(ids);
        return authors.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, a -> toPublicView(a, counts.getOrDefault(a.id, 0L))));
    }

    public AuthorEditorView getForEditors(String slug) {
        Author author = authors.require(slug);
        return toEditorView(author, authors.publishedArticleCount(author));
    }

    @Transactional
    public AuthorEditorView create(AuthorInput input) {
        Author author = new Author();
        author.slug = input.slug() != null ? input.slug() : Slugs.fromTitleOf("name", input.name());
        authors.requireFreeSlug(author.slug, null);
        apply(author, input);
        authors.persistAndFlush(author);
        changed.fire(new AuthorChanged(author.id, Set.of(author.slug), toPublicView(author, 0)));
        return toEditorView(author, 0);
    }

    @Transactional
    public Versioned<AuthorEditorView> replace(String slug, AuthorInput input, IfMatch ifMatch) {
        Author author = authors.requireCurrent(slug, ifMatch);
        authors.changeSlug(author, input.slug());
        apply(author, input);
        authors.flush();
        long articleCount = authors.publishedArticleCount(author);
        changed.fire(new AuthorChanged(author.id, Set.copyOf(List.of(slug, author.slug)), toPublicView(author, articleCount)));
        return new Versioned<>(toEditorView(author, articleCount), author.version);
    }

    @Transactional
    public Versioned<AuthorEditorView> patch(String slug, AuthorPatch patch, IfMatch ifMatch) {
        Author author = authors.requireCurrent(slug, ifMatch);
        authors.changeSlug(author, patch.slug());
        if (patch.name() != null) {
            author.name = patch.name().trim();
        }
        if (patch.role() != null) {
            author.roleLine = Texts.blankToNull(patch.role());
        }
        if (patch.bio() != null) {
            author.bio = Texts.blankToNull(patch.bio());
        }
        if (patch.avatarUrl() != null) {
            author.avatarUrl = Texts.blankToNull(patch.avatarUrl());
        }
        if (patch.email() != null) {
            author.email = Texts.blankToNull(patch.email());
        }
        authors.flush();
        long articleCount = authors.publishedArticleCount(author);
        changed.fire(new AuthorChanged(author.id, Set.copyOf(List.of(slug, author.slug)), toPublicView(author, articleCount)));
        return new Versioned<>(toEditorView(author, articleCount), author.version);
    }

    @Transactional
    public void delete(String slug, IfMatch ifMatch) {
        Author author = authors.requireCurrent(slug, ifMatch);
        long credited = authors.countLinkedArticles(author.id);
        if (credited > 0) {
            throw ProblemException.conflict("Author '" + slug + "' is credited on " + credited
                    + " article(s); remove the credit from those articles first");
        }
        authors.delete(author);
        authors.flush();
        changed.fire(new AuthorChanged(author.id, Set.copyOf(List.of(slug, author.slug)), null));
    }

    private <T> PagedList<T> list(PageRequest page, CountSort sort, BiFunction<Author, Long, T> view) {
        List<Author> found = authors.page(sort, page.offset(), page.size());
        Map<Long, Long> counts = authors.publishedArticleCounts(found.stream().map(a -> a.id).toList());
        List<T> items = found.stream().map(a -> view.apply(a, counts.getOrDefault(a.id, 0L))).toList();
        return new PagedList<>(items, PageMeta.of(page, authors.count()));
    }

    private static void apply(Author author, AuthorInput input) {
        author.name = input.name().trim();
        author.roleLine = Texts.blankToNull(input.role());
        author.bio = Texts.blankToNull(input.bio());
        author.avatarUrl = Texts.blankToNull(input.avatarUrl());
        author.email = Texts.blankToNull(input.email());
    }


    private static AuthorView toPublicView(Author a, long articleCount) {
        return new AuthorView(a.id, a.slug, a.name, a.roleLine, a.bio, a.avatarUrl, articleCount);
    }

    private static AuthorEditorView toEditorView(Author a, long articleCount) {
        return new AuthorEditorView(a.id, a.slug, a.name, a.roleLine, a.bio, a.avatarUrl, a.email, articleCount,
                a.createdAt, a.updatedAt, a.version);
    }
}
