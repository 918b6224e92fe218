package io.gazette.common.persistence;

import io.gazette.common.api.IfMatch;
import io.gazette.common.error.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Entities found by slug: lookups that answer 404, and the unique-slug rule that answers 409. */
public abstract class SlugRepository<T extends SluggedEntity> implements PanacheRepository<T> {

    private final String kind;

    /** @param kind what one item is called in problem details: "tag", "author" */
    protected SlugRepository(String kind) {
        this.kind = kind;
    }

    public Optional<T> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<T> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** The item, or a 404. */
    public T require(String slug) {
        return findBySlug(slug).orElseThrow(() -> ProblemException.notFound(kind, slug));
    }

    /** The item, if the caller has seen its current version: else 404, or 428/412 from {@link IfMatch}. */
    public T requireCurrent(String slug, IfMatch ifMatch) {
        T item = require(slug);
        ifMatch.check(item.version);
        return item;
    }

    /** A 409 when another item than {@code ownId} (null: any) has the slug. */
    public void requireFreeSlug(String slug, Long ownId) {
        findBySlug(slug).filter(existing -> !existing.id.equals(ownId)).ifPresent(existing -> {
            String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "An " : "A ";
            throw ProblemException.conflict(article + kind + " with slug '" + slug + "' already exists");
        });
    }

    /** Moves the item to {@code slug}, or leaves it where it is when that is null; 409 when another item has it. */
    public void changeSlug(T item, String slug) {
        if (slug != null) {
            requireFreeSlug(slug, item.id);
            item.slug = slug;
        }
    }
}
