package io.gazette.article.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.author.dto.AuthorRef;
import io.gazette.tag.dto.TagRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleEditorView",
        description = "One article as staff see it: the Article fields plus its owner and schedule, in every status, listing unpublished editions too")
public record ArticleEditorView(
        @Schema(example = "42") long id,
        @Schema(example = "presidents-latin-america-tour-importance-of-scientific-technological-diplomacy") String slug,
        @Schema(example = "President’s Latin America Tour, Importance of “Scientific & Technological Diplomacy”") String title,
        @Schema(description = "The lead", example = "The visit of the president of the Islamic Republic of Iran to three Latin American countries is considered one of the “very important” foreign policy events.", nullable = true)
        String excerpt,
        @Schema(description = "Sanitised HTML: no scripts, styles or event handlers", example = "<p>The importance and geopolitical position of Latin America...</p>")
        String body,
        Section section,
        @Schema(description = "BCP 47 language tag", example = "en") String language,
        @Schema(description = "Writing direction of the language, for layout", enumeration = {"ltr", "rtl"}, example = "ltr") String dir,
        ArticleStatus status,
        @Schema(description = "First publication; kept when an article is unpublished and published again", example = "2024-11-21T09:30:00Z", nullable = true)
        Instant publishedAt,
        @Schema(description = "When a scheduled article goes up; omitted when none is set", example = "2026-12-01T06:00:00Z")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant publishAt,
        @Schema(description = "When a published or scheduled article comes down; omitted when none is set", example = "2026-12-08T06:00:00Z")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant unpublishAt,
        @Schema(description = "Username of the account that created it; omitted when unknown (articles from before accounts)", example = "s.rahimi")
        @JsonInclude(JsonInclude.Include.NON_NULL) String owner,
        @Schema(description = "Registered authors in credit order; role is this article's own where authorRoles has one") List<AuthorRef> authors,
        @Schema(description = "The role lines set for this article only, by author slug (as in ArticleInput); {} when every author shows their own",
                example = "{\"hamid-khoshayand\": \"Expert on regional affairs\"}") Map<String, String> authorRoles,
        @Schema(description = "Credit for pieces without a registered author", example = "An international relations professor", nullable = true)
        String byline,
        @Schema(description = "Tags, by name") List<TagRef> tags,
        @Schema(description = "Absent when the article has none") @JsonInclude(JsonInclude.Include.NON_NULL) FeaturedImage featuredImage,
        @Schema(description = "Approved comments", example = "3") int commentCount,
        @Schema(example = "2024-11-20T16:02:11Z") Instant createdAt,
        @Schema(example = "2024-11-21T09:30:00Z") Instant updatedAt,
        @Schema(description = "Increases with every change; the ETag", example = "4") long version,
        @Schema(description = "Other language editions in every status") List<TranslationRef> translations) implements ArticleForViewer, Representation.Editor {
}
