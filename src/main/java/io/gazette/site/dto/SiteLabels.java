package io.gazette.site.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiteLabels", description = "Texts a front end shows around the content, in the response's language (Content-Language). "
        + "Every label is filled: one not set in that language comes from the default language, else from Gazette's English default")
public record SiteLabels(
        @Schema(description = "Heading of the latest-articles list", example = "LATEST CONTENT") String latestContent,
        @Schema(description = "An article's comment count; replace {count} with the number", example = "{count} Comments") String commentCount,
        @Schema(description = "Heading of the comment form", example = "Submit a Comment") String submitComment,
        @Schema(description = "Notice under the comment form", example = "Your email address will not be published. Required fields are marked *")
        String commentPrivacyNotice) {
}
