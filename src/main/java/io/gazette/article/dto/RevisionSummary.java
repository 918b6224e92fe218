package io.gazette.article.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.article.ArticleStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionSummary", description = "One revision in the history of an article")
public record RevisionSummary(
        @Schema(description = "1 for the first version, counting up", example = "3") int number,
        @Schema(description = "created, updated, status, restored, scheduled-publish, scheduled-unpublish, translation", example = "updated") String action,
        @Schema(description = "Username of who made it; 'scheduler' for timed publication", example = "s.rahimi") String actor,
        ArticleStatus status,
        @Schema(description = "When it was to go up, if scheduled", example = "2026-12-01T06:00:00Z")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant publishAt,
        @Schema(description = "When it was to come down, if set", example = "2026-12-08T06:00:00Z")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant unpublishAt,
        @Schema(example = "2026-11-27T10:15:00Z") Instant createdAt,
        @Schema(description = "Fields that differ from the previous revision (content fields, status, publishAt, unpublishAt)", example = "[\"title\", \"body\"]")
        List<String> changed) {
}
