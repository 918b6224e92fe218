package io.gazette.comment;

import java.time.Instant;

/** A comment in a webhook's data: what readers see of it once approved, its status and its article; never the email or address. */
public record CommentEvent(long id, ArticleRef article, Long parentId, String name, String body, boolean staff, CommentStatus status,
                           Instant createdAt) {

    public record ArticleRef(long id, String slug) {
    }
}
