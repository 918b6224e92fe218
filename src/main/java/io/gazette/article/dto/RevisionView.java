package io.gazette.article.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.article.ArticleStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One revision with the article's content as it was, in the shape of ArticleInput")
public record RevisionView(
        @Schema(example = "3") int number,
        @Schema(example = "updated") String action,
        @Schema(example = "s.rahimi") String actor,
        ArticleStatus status,
        @Schema(description = "When it was to go up, if scheduled", example = "2026-12-01T06:00:00Z")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant publishAt,
        @Schema(description = "When it was to come down, if set", example = "2026-12-08T06:00:00Z")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant unpublishAt,
        @Schema(example = "2026-11-27T10:15:00Z") Instant createdAt,
        ArticleInput content) {
}
