package io.gazette.common.taxonomy;

import io.gazette.common.api.IfMatch;
import io.gazette.common.error.ProblemException;
import io.gazette.common.persistence.SluggedEntity;
import io.gazette.common.text.Slugs;
import java.util.List;

/** The lookups and slug rules the tag and author services share. */
public abstract class TaxonomyService<T extends SluggedEntity> {

    protected abstract TaxonomyRepository<T> repository();

    /** What one item is called in problem details: "tag", "author". */
    protected abstract String kind();

    protected T find(String slug) {
        return repository().findBySlug(slug).orElseThrow(() -> ProblemException.notFound(kind(), slug));
    }

    /** The item, if the caller has seen its current version. */
    protected T findCurrent(String slug, IfMatch ifMatch) {
        T item = find(slug);
        ifMatch.check(item.version);
        return item;
    }

    /** The slug a new item gets: the given one, else one made from its name; 409 when taken. */
    protected String freeSlug(String given, String name) {
        String slug = given != null ? given : Slugs.fromTitleOf("name", name);
        requireFreeSlug(slug, null);
        return slug;
    }

    /** Moves the item to {@code slug} unless that is null (unchanged); 409 when another item has it. */
    protected void changeSlug(T item, String slug) {
        if (slug != null) {
            requireFreeSlug(slug, item.id);
            item.slug = slug;
        }
    }

    protected long articleCount(T item) {
        return repository().publishedArticleCounts(List.of(item.id)).getOrDefault(item.id, 0L);
    }

    private void requireFreeSlug(String slug, Long ownId) {
        repository().findBySlug(slug).filter(existing -> !existing.id.equals(ownId)).ifPresent(existing -> {
            String kind = kind();
            String article = "aeiou".indexOf(kind.charAt(0)) >= 0 ? "An " : "A ";
            throw ProblemException.conflict(article + kind + " with slug '" + slug + "' already exists");
        });
    }
}
