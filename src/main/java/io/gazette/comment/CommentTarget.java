package io.gazette.comment;

import java.time.Instant;

/** An article as the comment feature sees it. */
public record CommentTarget(long id, String slug, String title, Instant publishedAt, boolean commentsClosed) {

    CommentTarget withCommentsClosed(boolean closed) {
        return new CommentTarget(id, slug, title, publishedAt, closed);
    }
}
