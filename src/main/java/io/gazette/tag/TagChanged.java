package io.gazette.tag;

/** Fired, inside the writing transaction, when a tag's slug, name, description or translations change or it is deleted. */
public record TagChanged(long tagId) {
}
