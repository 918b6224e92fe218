package io.gazette.comment.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentThread", description = """
        An approved top-level comment with its approved replies, flat and oldest first; each reply's \
        parentId tells which comment it answers, so clients can nest them (at most gazette.comments.max-depth levels).""")
public record CommentThread(
        @Schema(example = "17") long id,
        @Schema(description = "As the reader typed it, plain text: escape it when rendering (never insert it as HTML)", example = "Maryam") String name,
        @Schema(description = "As the reader typed it, plain text with line breaks: escape it when rendering (never insert it as HTML)", example = "A clear account of the tour's economic side.") String body,
        @Schema(example = "false") boolean staff,
        @Schema(example = "2024-11-21T10:02:00Z") Instant createdAt,
        @Schema(description = "Approved replies in the thread", example = "2") int replyCount,
        List<CommentView> replies) {
}
