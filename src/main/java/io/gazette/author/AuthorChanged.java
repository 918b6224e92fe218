package io.gazette.author;

/** Fired, inside the writing transaction, when an author's fields change or the author is deleted. */
public record AuthorChanged(long authorId) {
}
