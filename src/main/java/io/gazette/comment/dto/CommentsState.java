package io.gazette.comment.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentsState", description = "Whether an article takes new comments")
public record CommentsState(
        @Schema(example = "single-state-irans-solution") String article,
        @Schema(example = "true") boolean open,
        @Schema(description = "When comments close by age (gazette.comments.close-after-days); null when they do not",
                example = "2024-12-21T09:30:00Z", nullable = true) Instant closesAt) {
}
