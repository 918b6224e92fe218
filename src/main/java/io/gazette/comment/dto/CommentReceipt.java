package io.gazette.comment.dto;

import io.gazette.comment.CommentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentReceipt", description = "What a reader learns after posting a comment")
public record CommentReceipt(
        @Schema(example = "18") long id,
        CommentStatus status,
        @Schema(example = "Thank you. Your comment will appear once an editor approves it.") String message) {
}
