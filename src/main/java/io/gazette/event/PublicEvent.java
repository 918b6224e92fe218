package io.gazette.event;

import java.util.Set;

/**
 * A change that the outside world may be told about, fired inside the writing transaction by the write services beside
 * their {@link io.gazette.common.web.ContentChanged} (with the same surrogate keys). {@link OutboxWriter} records it
 * in the same transaction, for webhooks and the change feed.
 *
 * @param subjectKind          article, comment, author or tag
 * @param publicRepresentation the subject as the public API serialises it, or a {@link Tombstone} for what left public
 *                             view; never an email or a draft's content
 */
public record PublicEvent(EventType type, String subjectKind, long subjectId, Set<String> purgeKeys, Object publicRepresentation) {

    public static final String ARTICLE = "article";
    public static final String COMMENT = "comment";
    public static final String AUTHOR = "author";
    public static final String TAG = "tag";

    public PublicEvent {
        purgeKeys = Set.copyOf(purgeKeys);
    }

    /** What is said of a resource that left public view: which one it was, nothing of its content. */
    public record Tombstone(long id, String slug) {
    }
}
