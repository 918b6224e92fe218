package io.gazette.author;

import io.gazette.author.dto.AuthorView;
import java.util.Set;

/**
 * Fired, inside the writing transaction, when an author is created, its fields change or it is deleted; {@code slugs}
 * are the author's slugs before and after (one when the slug stayed), whose pages changed.
 *
 * @param now the author's public profile now; null once deleted
 */
public record AuthorChanged(long authorId, Set<String> slugs, AuthorView now) {
}
