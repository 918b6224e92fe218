package io.gazette.comment.dto;

import io.gazette.comment.CommentStatus;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkModerationInput", description = "One status for several comments, all or nothing")
public record BulkModerationInput(
        @Schema(example = "[18, 19, 25]", required = true)
        @NotEmpty @Size(max = 100)
        List<@NotNull @Positive Long> ids,
        @Schema(required = true, example = "spam", ref = "CommentStatus")
        @NotNull
        CommentStatus status) {
}
