package io.gazette.tag;

import io.gazette.tag.dto.TagView;
import java.util.Set;

/**
 * Fired, inside the writing transaction, when a tag is created, its slug, name, description or translations change or it
 * is deleted; {@code slugs} are its slugs before and after (one when the slug stayed), whose pages changed.
 *
 * @param now the tag as {@code GET /api/v1/tags/{slug}} shows it now (names as created); null when it is being deleted
 *            (fired just before the delete, while its articles still carry it)
 */
public record TagChanged(long tagId, Set<String> slugs, TagView now) {
}
