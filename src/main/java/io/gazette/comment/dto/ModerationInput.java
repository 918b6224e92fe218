package io.gazette.comment.dto;

import io.gazette.comment.CommentStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModerationInput", description = "The status to give a comment")
public record ModerationInput(
        @Schema(required = true, example = "approved")
        @NotNull
        CommentStatus status) {
}
