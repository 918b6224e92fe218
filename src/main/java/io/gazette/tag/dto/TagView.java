package io.gazette.tag.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Tag", description = "A tag with the number of published articles carrying it")
public record TagView(
        @Schema(example = "12") long id,
        @Schema(example = "latin-america") String slug,
        @Schema(example = "Latin America") String name,
        @Schema(example = "Iran's relations with the countries of Latin America", nullable = true) String description,
        @Schema(description = "Published articles with this tag", example = "7") long articleCount) {
}
