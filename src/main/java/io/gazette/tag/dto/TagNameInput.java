package io.gazette.tag.dto;

import io.gazette.common.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagNameInput", description = "A tag's name and description in one language")
public record TagNameInput(
        @Schema(example = "América Latina", required = true)
        @NotBlank @Size(max = 120)
        @PlainText
        String name,
        @Schema(example = "Las relaciones de Irán con los países de América Latina", nullable = true)
        @Size(max = 2000)
        @PlainText(multiline = true)
        String description) {
}
