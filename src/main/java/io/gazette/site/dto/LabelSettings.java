package io.gazette.site.dto;

import io.gazette.common.text.PlainText;
import io.gazette.site.SiteLimits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LabelSettings", description = "The site's labels in one language; a null or blank label is not set and falls back "
        + "to the default language's, then to Gazette's English one")
public record LabelSettings(
        @Schema(description = "Heading of the latest-articles list", example = "LATEST CONTENT", nullable = true)
        @Size(max = SiteLimits.SHORT_LABEL) @PlainText
        String latestContent,
        @Schema(description = "An article's comment count; {count} stands for the number, for every count", example = "{count} Comments", nullable = true)
        @Size(max = SiteLimits.SHORT_LABEL) @PlainText
        @Pattern(regexp = "^.*\\{count\\}.*$", message = "must contain \\{count\\}, which stands for the number")
        String commentCount,
        @Schema(description = "Heading of the comment form", example = "Submit a Comment", nullable = true)
        @Size(max = SiteLimits.SHORT_LABEL) @PlainText
        String submitComment,
        @Schema(description = "Notice under the comment form", example = "Your email address will not be published. Required fields are marked *", nullable = true)
        @Size(max = SiteLimits.NOTICE) @PlainText
        String commentPrivacyNotice) {
}
