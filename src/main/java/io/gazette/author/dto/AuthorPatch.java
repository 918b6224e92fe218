package io.gazette.author.dto;

import io.gazette.common.text.PlainText;
import io.gazette.common.text.Slugs;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorPatch", description = "Fields to change; absent or null fields stay as they are, \"\" clears an optional text")
public record AuthorPatch(
        @Schema(pattern = Slugs.SPEC_PATTERN, example = "hamid-khoshayand", nullable = true)
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters and digits separated by single hyphens")
        String slug,
        @Schema(pattern = "\\S", example = "Hamid Khoshayand", nullable = true)
        @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @PlainText
        String name,
        @Schema(example = "Expert on regional affairs", nullable = true)
        @Size(max = 200)
        @PlainText
        String role,
        @Schema(example = "Writes on Iran's foreign policy and Latin America.", nullable = true)
        @Size(max = 5000)
        @PlainText(multiline = true)
        String bio,
        @Schema(example = "https://cdn.example.org/authors/khoshayand.jpg", nullable = true)
        @Size(max = 2000) @Pattern(regexp = "^(https?://\\S+)?$", message = "must be an http or https URL")
        String avatarUrl,
        @Schema(example = "h.khoshayand@example.org", nullable = true)
        @Size(max = 320) @Email
        String email) {
}
