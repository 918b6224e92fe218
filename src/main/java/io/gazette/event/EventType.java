package io.gazette.event;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What happened, as webhook subscriptions and the change feed name it. */
public enum EventType {
    ARTICLE_PUBLISHED("article.published", true),
    ARTICLE_UPDATED("article.updated", true),
    ARTICLE_UNPUBLISHED("article.unpublished", true),
    ARTICLE_DELETED("article.deleted", true),
    /** A future publication: nothing readers can see changed yet. */
    ARTICLE_SCHEDULED("article.scheduled", false),
    /** A comment waiting for moderation: not public. */
    COMMENT_SUBMITTED("comment.submitted", false),
    COMMENT_APPROVED("comment.approved", false),
    AUTHOR_UPDATED("author.updated", true),
    TAG_UPDATED("tag.updated", true),
    /**
     * One batch of an import (WordPress or NDJSON) committed: its surrogate keys, and in the change feed every article,
     * author and tag it wrote. One event per batch rather than one per item, so that a 10,000-post import does not send
     * 10,000 webhooks.
     */
    CONTENT_IMPORTED("content.imported", false);

    private final String wireName;
    /** Whether the subject itself is a resource of the change feed (articles, authors, tags). */
    private final boolean subjectInFeed;

    EventType(String wireName, boolean subjectInFeed) {
        this.wireName = wireName;
        this.subjectInFeed = subjectInFeed;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public boolean subjectInFeed() {
        return subjectInFeed;
    }

    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
