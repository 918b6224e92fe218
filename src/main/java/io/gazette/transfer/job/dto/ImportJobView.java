package io.gazette.transfer.job.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.transfer.job.ImportJobState;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", description = "An import started through the API: where it is, and what it did")
public record ImportJobView(
        @Schema(example = "3", required = true) long id,
        @Schema(example = "wordpress", required = true) String format,
        @Schema(description = "Reported what it would do, wrote nothing", example = "false", required = true) boolean dryRun,
        @Schema(required = true) ImportJobState state,
        @Schema(required = true) Progress progress,
        @Schema(description = "Why the job failed; absent unless failed") @JsonInclude(JsonInclude.Include.NON_NULL) Failure error,
        @Schema(description = "Absent until the job starts writing; counts so far while it runs, the whole report once it is done")
        @JsonInclude(JsonInclude.Include.NON_NULL) ImportReportView report,
        @Schema(example = "admin", required = true) String createdBy,
        @Schema(example = "2026-11-29T09:30:00Z", required = true) Instant createdAt,
        @Schema(description = "The last sign of life of a job in progress", example = "2026-11-29T09:30:04Z", required = true) Instant updatedAt,
        @Schema(example = "2026-11-29T09:31:12Z", nullable = true) Instant finishedAt) {

    @Schema(name = "ImportProgress", description = "Items of the file done, of all it holds")
    public record Progress(
            @Schema(example = "1200", required = true) long done,
            @Schema(description = "Null while the file is being counted", example = "60000", nullable = true) Long total) {
    }

    @Schema(name = "ImportFailure", description = "Why an import failed; nothing of a file refused whole was written")
    public record Failure(
            @Schema(example = "Malformed XML at line 18, column 46: The end-tag for element type \"title\" must end with a '>' delimiter.",
                    required = true) String message,
            @Schema(description = "Where in the file, for a malformed file", example = "18", nullable = true) Long line,
            @Schema(example = "46", nullable = true) Long column) {
    }
}
