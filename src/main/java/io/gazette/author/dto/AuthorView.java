package io.gazette.author.dto;

import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Author", description = "An author's public profile")
public record AuthorView(
        @Schema(example = "3") long id,
        @Schema(example = "hamid-khoshayand") String slug,
        @Schema(example = "Hamid Khoshayand") String name,
        @Schema(description = "Role line shown beside the name", example = "Expert on international affairs", nullable = true) String role,
        @Schema(example = "Writes on Iran's foreign policy and Latin America.", nullable = true) String bio,
        @Schema(example = "https://cdn.example.org/authors/khoshayand.jpg", nullable = true) String avatarUrl,
        @Schema(description = "Published articles crediting this author", example = "2") long articleCount) implements AuthorForViewer, Representation.Public {
}
