package io.gazette.tag.dto;

import io.gazette.common.text.PlainText;
import io.gazette.common.text.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagInput", description = "A whole tag, for create and replace")
public record TagInput(
        @Schema(pattern = Slugs.SPEC_PATTERN, description = "Made from the name when absent", example = "latin-america", nullable = true)
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters and digits separated by single hyphens")
        String slug,
        @Schema(example = "Latin America", required = true)
        @NotBlank @Size(max = 120)
        @PlainText
        String name,
        @Schema(example = "Iran's relations with the countries of Latin America", nullable = true)
        @Size(max = 2000)
        @PlainText(multiline = true)
        String description) {
}
