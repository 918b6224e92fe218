package io.gazette.author.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.author.Author;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorRef", description = "An author as credited on an article")
public record AuthorRef(
        @Schema(example = "hamid-khoshayand") String slug,
        @Schema(example = "Hamid Khoshayand") String name,
        @Schema(description = "Role line shown beside the name", example = "Expert on international affairs", nullable = true) String role,
        @Schema(description = "Only in lists with include=authors.bio", example = "Writes on Iran's foreign policy.", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) String bio) {

    public static AuthorRef of(Author author) {
        return new AuthorRef(author.slug, author.name, author.roleLine, null);
    }

    public static AuthorRef withBio(Author author) {
        return new AuthorRef(author.slug, author.name, author.roleLine, author.bio == null ? "" : author.bio);
    }
}
