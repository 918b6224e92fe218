package io.gazette.author.dto;

import java.time.Instant;
import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorEditorView", description = "An author as editors see it, with private contact details")
public record AuthorEditorView(
        @Schema(example = "3") long id,
        @Schema(example = "hamid-khoshayand") String slug,
        @Schema(example = "Hamid Khoshayand") String name,
        @Schema(example = "Expert on international affairs", nullable = true) String role,
        @Schema(example = "Writes on Iran's foreign policy and Latin America.", nullable = true) String bio,
        @Schema(example = "https://cdn.example.org/authors/khoshayand.jpg", nullable = true) String avatarUrl,
        @Schema(description = "Private: never in public responses", example = "h.khoshayand@example.org", nullable = true) String email,
        @Schema(example = "2") long articleCount,
        @Schema(example = "2024-11-21T09:30:00Z") Instant createdAt,
        @Schema(example = "2024-11-22T10:00:00Z") Instant updatedAt,
        @Schema(description = "Increases with every change; the ETag", example = "2") long version) implements AuthorForViewer, Representation.Editor {
}
