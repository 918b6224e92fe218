package io.gazette.tag.dto;

import io.gazette.common.text.PlainText;
import io.gazette.common.text.Slugs;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagPatch", description = "Fields to change; absent or null fields stay as they are, \"\" clears an optional text")
public record TagPatch(
        @Schema(pattern = Slugs.SPEC_PATTERN, example = "latin-america", nullable = true)
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters and digits separated by single hyphens")
        String slug,
        @Schema(example = "Latin America", nullable = true)
        @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        @PlainText
        String name,
        @Schema(example = "Iran's relations with the countries of Latin America", nullable = true)
        @Size(max = 2000)
        @PlainText(multiline = true)
        String description) {
}
