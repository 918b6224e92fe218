package io.gazette.comment;

/** Fired, inside the moderating transaction, with an article's new number of approved comments. */
public record CommentCountChanged(long articleId, long approvedCount) {
}
