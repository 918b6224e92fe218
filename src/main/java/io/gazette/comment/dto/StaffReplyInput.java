package io.gazette.comment.dto;

import io.gazette.common.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffReplyInput", description = "A reply by the publication's staff, approved at once")
public record StaffReplyInput(
        @Schema(description = "Shown as the author; default Editor", example = "The editors", nullable = true)
        @Size(max = 100)
        @PlainText
        String name,
        @Schema(example = "Thank you, we have corrected the figure.", required = true)
        @NotBlank @Size(max = 5000)
        String body) {
}
