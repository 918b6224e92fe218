package io.gazette.article.dto;

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
        @Schema(example = "2026-11-27T10:15:00Z") Instant createdAt,
        @Schema(description = "Fields that differ from the previous revision (content fields and status)", example = "[\"title\", \"body\"]")
        List<String> changed) {
}
