package io.gazette.author.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.author.Author;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuthorRef", description = "An author as credited on an article")
public record AuthorRef(
        @Schema(example = "hamid-khoshayand") String slug,
        @Schema(example = "Hamid Khoshayand") String name,
        @Schema(description = "Role line shown beside the name: on an article, the one set for that article, else the author's own",
                example = "Expert on international affairs", nullable = true) String role,
        @Schema(description = "Only in lists with include=authors.bio", example = "Writes on Iran's foreign policy.")
        @JsonInclude(JsonInclude.Include.NON_NULL) String bio) {

    /** The author credited with {@code role}, the role line that applies where they are credited. */
    public static AuthorRef of(Author author, String role) {
        return new AuthorRef(author.slug, author.name, role, null);
    }

    public static AuthorRef withBio(Author author, String role) {
        return new AuthorRef(author.slug, author.name, role, author.bio == null ? "" : author.bio);
    }
}
