package io.gazette.comment.dto;

import io.gazette.comment.CommentLength;
import io.gazette.common.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffReplyInput", description = "A reply by the publication's staff, approved at once")
public record StaffReplyInput(
        @Schema(description = "Shown as the author; default Editor", example = "The editors", nullable = true, maxLength = 100)
        @CommentLength(CommentLength.Part.NAME)
        @PlainText
        String name,
        @Schema(example = "Thank you, we have corrected the figure.", required = true, maxLength = 5000)
        @NotBlank @CommentLength(CommentLength.Part.BODY)
        String body) {
}
