package io.gazette.article.dto;

import io.gazette.article.ArticleStatus;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChange", description = "A move along the workflow, with its times")
public record StatusChange(
        @Schema(required = true, example = "scheduled")
        @NotNull
        ArticleStatus status,
        @Schema(description = "UTC time it goes up; required with scheduled, in the future, and refused with any other status",
                example = "2026-12-01T06:00:00Z", nullable = true)
        Instant publishAt,
        @Schema(description = "UTC time it comes down again (embargo end, expiry); with scheduled or published only",
                example = "2026-12-08T06:00:00Z", nullable = true)
        Instant unpublishAt) {
}
