package io.gazette.author.dto;

import io.gazette.author.Author;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorRef", description = "An author as credited on an article")
public record AuthorRef(
        @Schema(example = "hamid-khoshayand") String slug,
        @Schema(example = "Hamid Khoshayand") String name,
        @Schema(description = "Role line shown beside the name", example = "Expert on international affairs", nullable = true) String role) {

    public static AuthorRef of(Author author) {
        return new AuthorRef(author.slug, author.name, author.roleLine);
    }
}
