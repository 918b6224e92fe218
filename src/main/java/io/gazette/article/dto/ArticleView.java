package io.gazette.article.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.author.dto.AuthorRef;
import io.gazette.tag.dto.TagRef;
import java.time.Instant;
import java.util.List;
import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reader sees of one article, also through a preview link: nothing about owners, schedules or unpublished editions. */
@Schema(name = "Article", description = """
        One article in full, as readers see it. Its status is always published on the article endpoints; \
        through a preview link it is the article's current one, so a front end can mark a draft as such.""")
public record ArticleView(
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
        @Schema(description = "Registered authors in credit order, each with the role line for this article") List<AuthorRef> authors,
        @Schema(description = "Credit for pieces without a registered author", example = "An international relations professor", nullable = true)
        String byline,
        @Schema(description = "Tags, by name") List<TagRef> tags,
        @Schema(description = "Absent when the article has none") @JsonInclude(JsonInclude.Include.NON_NULL) FeaturedImage featuredImage,
        @Schema(description = "Approved comments", example = "3") int commentCount,
        @Schema(example = "2024-11-20T16:02:11Z") Instant createdAt,
        @Schema(example = "2024-11-21T09:30:00Z") Instant updatedAt,
        @Schema(description = "Increases with every change", example = "4") long version,
        @Schema(description = "Other language editions, published ones only") List<TranslationRef> translations) implements ArticleForViewer, Representation.Public {
}
