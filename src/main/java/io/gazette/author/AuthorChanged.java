package io.gazette.author;

import java.util.Set;

/**
 * Fired, inside the writing transaction, when an author's fields change or the author is deleted; {@code slugs} are
 * the author's slugs before and after (one when the slug stayed), whose pages changed.
 */
public record AuthorChanged(long authorId, Set<String> slugs) {
}
