package io.gazette.event;

import java.util.Set;

/**
 * A change that the outside world may be told about, fired inside the writing transaction by the write services beside
 * their {@link io.gazette.common.web.ContentChanged} (with the same surrogate keys). {@link OutboxWriter} records it
 * in the same transaction, for webhooks and the change feed.
 *
 * @param subjectKind          article, comment, author, tag or import
 * @param publicRepresentation the subject as the public API serialises it, or a {@link Tombstone} for what left public
 *                             view; never an email or a draft's content
 */
public record PublicEvent(EventType type, String subjectKind, long subjectId, Set<String> purgeKeys, Object publicRepresentation) {

    public static final String ARTICLE = "article";
    public static final String COMMENT = "comment";
    public static final String AUTHOR = "author";
    public static final String TAG = "tag";
    public static final String IMPORT = "import";

    public PublicEvent {
        purgeKeys = Set.copyOf(purgeKeys);
    }

    /**
     * A batch of an import committed, with the keys it purged; its subject id is 0 (a batch has no id of its own, and
     * one import from the command line has no job either).
     */
    public static PublicEvent imported(String format, Set<String> purgeKeys) {
        return new PublicEvent(EventType.CONTENT_IMPORTED, IMPORT, 0, purgeKeys, new ImportedBatch(format));
    }

    /** What a content.imported event says beside its surrogate keys: which kind of file the batch came from. */
    public record ImportedBatch(String format) {
    }

    /** What is said of a resource that left public view: which one it was, nothing of its content. */
    public record Tombstone(long id, String slug) {
    }
}
