package io.gazette.tag;

import java.util.Set;

/**
 * Fired, inside the writing transaction, when a tag's slug, name, description or translations change or it is deleted;
 * {@code slugs} are its slugs before and after (one when the slug stayed), whose pages changed.
 */
public record TagChanged(long tagId, Set<String> slugs) {
}
