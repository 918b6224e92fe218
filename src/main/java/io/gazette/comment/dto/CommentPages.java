package io.gazette.comment.dto;

import io.gazette.common.api.PageMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the comment lists as the spec names them; at run time the bodies are PagedLists of the same shape. */
public final class CommentPages {

    private CommentPages() {
    }

    @Schema(name = "CommentThreadPage", description = "One page of threads (approved top-level comments), oldest first")
    public record Public(List<CommentThread> items, PageMeta meta) {
    }

    @Schema(name = "ModeratedCommentPage", description = "One page of the moderation queue")
    public record Moderation(List<ModeratedComment> items, PageMeta meta) {
    }
}
