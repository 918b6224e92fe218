package io.gazette.comment.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentInput", description = "A reader's comment. Name, email and body are required; the email is never published.")
public record CommentInput(
        @Schema(example = "Maryam", required = true, maxLength = 100)
        @NotBlank @Size(max = 100)
        String name,
        @Schema(description = "Kept for moderation only; never shown publicly", example = "maryam@example.org", required = true, maxLength = 320)
        @NotBlank @Email @Size(max = 320)
        String email,
        @Schema(description = "Plain text, stored exactly as given; HTML is not interpreted, so clients must escape it when rendering",
                example = "A clear account of the tour's economic side.", required = true, maxLength = 5000)
        @NotBlank @Size(max = 5000)
        String body,
        @Schema(description = "Id of an approved comment on the same article that this replies to", example = "17", nullable = true)
        @Positive
        Long parentId) {
}
