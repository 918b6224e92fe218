package io.gazette.transfer.job.dto;

import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", description = "What an import did, so far or in all")
public record ImportReportView(
        @Schema(description = "Items by type (article, author, tag, comment, page, ...) and outcome (created, updated, unchanged, "
                + "skipped, rejected)", example = "{\"article\": {\"created\": 14, \"skipped\": 1}, \"comment\": {\"created\": 7}}",
                required = true)
        Map<String, Map<String, Long>> counts,
        @Schema(description = "Named tallies: shortcodes kept as text, redirects recorded, ...",
                example = "{\"shortcodes kept as text\": 2, \"redirects recorded\": 22}", required = true)
        Map<String, Long> tallies,
        @Schema(description = "The items refused, by the id they have in the file, with the reason (the first "
                + ImportReportView.MAX_PROBLEMS + ")", required = true)
        List<Problem> problems,
        @Schema(description = "Refused items beyond those listed", example = "0", required = true)
        long problemsNotListed) {

    public static final int MAX_PROBLEMS = 1000;

    @Schema(name = "ImportProblem", description = "An item the import refused")
    public record Problem(
            @Schema(example = "article", required = true) String type,
            @Schema(description = "Its id in the file (a WordPress post or comment id)", example = "17", required = true) String sourceId,
            @Schema(example = "slug 'natos-ambiguous-mission-in-iraq' is taken by another article", required = true) String reason) {
    }

    public static ImportReportView of(ImportReport report) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        report.counts().forEach((type, outcomes) -> {
            Map<String, Long> byOutcome = new LinkedHashMap<>();
            outcomes.forEach((outcome, count) -> byOutcome.put(outcome.name().toLowerCase(Locale.ROOT), count));
            counts.put(type, byOutcome);
        });
        List<ImportReport.Problem> problems = report.problems();
        return new ImportReportView(counts, report.tallies(),
                problems.stream().limit(MAX_PROBLEMS).map(p -> new Problem(p.type(), p.sourceId(), p.reason())).toList(),
                Math.max(0, problems.size() - MAX_PROBLEMS));
    }

    public long total(ImportOutcome outcome) {
        String name = outcome.name().toLowerCase(Locale.ROOT);
        return counts.values().stream().mapToLong(byOutcome -> byOutcome.getOrDefault(name, 0L)).sum();
    }
}
