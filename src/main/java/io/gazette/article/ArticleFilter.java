package io.gazette.article;

/** Which articles a list shows; null fields do not filter. */
public record ArticleFilter(String tag, String author, Section section, String language, ArticleStatus status) {
}
