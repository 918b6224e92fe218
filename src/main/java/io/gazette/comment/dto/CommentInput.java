package io.gazette.comment.dto;

import io.gazette.comment.CommentLength;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentInput", description = """
        A reader's comment. Name, email and body are required and trimmed; control characters other than \
        line breaks and tabs are rejected. The email is kept for moderation and never published. Bodies with \
        too many links or blocked words are kept as spam.""")
public record CommentInput(
        @Schema(example = "Maryam", required = true, maxLength = 100)
        @NotBlank @CommentLength(CommentLength.Part.NAME)
        String name,
        @Schema(description = "Kept for moderation only; never shown publicly", example = "maryam@example.org", required = true, maxLength = 320)
        @NotBlank @Email @Size(max = 320)
        String email,
        @Schema(description = "Plain text, stored exactly as given; HTML is not interpreted, so clients must escape it when rendering",
                example = "A clear account of the tour's economic side.", required = true, maxLength = 5000)
        @NotBlank @CommentLength(CommentLength.Part.BODY)
        String body,
        @Schema(description = "Id of an approved comment on the same article that this replies to", example = "17", nullable = true)
        @Positive
        Long parentId,
        @Schema(description = "Leave empty. A field real forms hide from people; anything in it marks the comment as spam.",
                example = "", nullable = true)
        @Size(max = 2000)
        String website) {
}
