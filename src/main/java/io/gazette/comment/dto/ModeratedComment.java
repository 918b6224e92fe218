package io.gazette.comment.dto;

import io.gazette.comment.CommentStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModeratedComment", description = "A comment as editors see it, with the commenter's private email")
public record ModeratedComment(
        @Schema(example = "18") long id,
        ArticleRef article,
        @Schema(example = "17", nullable = true) Long parentId,
        @Schema(description = "As the reader typed it, plain text: escape it when rendering (never insert it as HTML)", example = "Maryam") String name,
        @Schema(description = "Private: never in public responses", example = "maryam@example.org") String email,
        @Schema(description = "As the reader typed it, plain text with line breaks: escape it when rendering (never insert it as HTML)", example = "A clear account of the tour's economic side.") String body,
        CommentStatus status,
        @Schema(example = "2024-11-21T10:02:00Z") Instant createdAt,
        @Schema(description = "Last status change by an editor", example = "2024-11-21T11:00:00Z", nullable = true) Instant moderatedAt,
        @Schema(description = "Who made the last status change", example = "admin", nullable = true) String moderatedBy,
        @Schema(description = "Written by staff through the API", example = "false") boolean staff,
        @Schema(description = "Keyed hash of the poster's address: equal hashes mean the same address. Private.",
                example = "9f2c1e0b5a7d4c3e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a", nullable = true) String addressHash) {

    @Schema(name = "CommentArticleRef", description = "The article a comment was posted on")
    public record ArticleRef(
            @Schema(example = "single-state-irans-solution") String slug,
            @Schema(example = "Single-State, Iran’s solution to the Palestinian crisis") String title) {
    }
}
