package io.gazette.comment.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Comment", description = "An approved comment as readers see it")
public record CommentView(
        @Schema(example = "18") long id,
        @Schema(description = "The comment this one replies to; null for a top-level comment", example = "17", nullable = true) Long parentId,
        @Schema(description = "As the reader typed it, plain text: escape it when rendering (never insert it as HTML)", example = "Maryam") String name,
        @Schema(description = "Plain text exactly as stored; HTML is not interpreted, so escape it when rendering",
                example = "A clear account of the tour's economic side.") String body,
        @Schema(description = "Written by the publication's staff", example = "false") boolean staff,
        @Schema(example = "2024-11-21T10:02:00Z") Instant createdAt) {
}
