package io.gazette.author.dto;

import io.gazette.common.text.PlainText;
import io.gazette.common.text.Slugs;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorInput", description = "A whole author, for create and replace")
public record AuthorInput(
        @Schema(pattern = Slugs.SPEC_PATTERN, description = "Made from the name when absent", example = "hamid-khoshayand", nullable = true)
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters and digits separated by single hyphens")
        String slug,
        @Schema(example = "Hamid Khoshayand", required = true)
        @NotBlank @Size(max = 200)
        @PlainText
        String name,
        @Schema(example = "Expert on international affairs", nullable = true)
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
        @Schema(description = "Private contact address", example = "h.khoshayand@example.org", nullable = true)
        @Size(max = 320) @Email
        String email) {
}
