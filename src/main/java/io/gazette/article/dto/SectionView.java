package io.gazette.article.dto;

import io.gazette.article.Section;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionCount", description = "A section with its number of published articles")
public record SectionView(
        Section value,
        @Schema(description = "Display name", example = "Opinion") String name,
        @Schema(description = "Published articles in the section", example = "41") long articleCount) {
}
