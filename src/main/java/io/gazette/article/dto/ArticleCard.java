package io.gazette.article.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.author.dto.AuthorRef;
import io.gazette.tag.dto.TagRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleCard", requiredProperties = {"id", "slug"},
        description = "An article in a list: everything but the body. Every property is present unless `fields=` picked others; "
                + "id and slug always are.")
public record ArticleCard(
        @Schema(example = "42") long id,
        @Schema(example = "presidents-latin-america-tour-importance-of-scientific-technological-diplomacy") String slug,
        @Schema(example = "President’s Latin America Tour, Importance of “Scientific & Technological Diplomacy”") String title,
        @Schema(description = "The lead", example = "The visit of the president of the Islamic Republic of Iran to three Latin American countries is considered one of the “very important” foreign policy events.", nullable = true)
        String excerpt,
        Section section,
        @Schema(description = "BCP 47 language tag", example = "en") String language,
        @Schema(description = "Writing direction of the language, for layout", enumeration = {"ltr", "rtl"}, example = "ltr") String dir,
        ArticleStatus status,
        @Schema(description = "Null while the article has never been published", example = "2024-11-21T09:30:00Z", nullable = true)
        Instant publishedAt,
        @Schema(description = "Registered authors in credit order, each with the role line for this article") List<AuthorRef> authors,
        @Schema(description = "Credit for pieces without a registered author", example = "An international relations professor", nullable = true)
        String byline,
        @Schema(description = "Tags, by name") List<TagRef> tags,
        @Schema(description = "Absent when the article has none") @JsonInclude(JsonInclude.Include.NON_NULL) FeaturedImage featuredImage,
        @Schema(description = "Approved comments", example = "3") int commentCount,
        @Schema(description = "Only with include=body: the sanitised HTML body", example = "<p>The importance...</p>")
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        @Schema(description = "Only when searching (q=): a short passage, HTML-escaped, with matches in <mark>",
                example = "…the importance of <mark>scientific</mark> and technological diplomacy…")
        @JsonInclude(JsonInclude.Include.NON_NULL) String snippet) {

    /** The JSON names a client may pick with fields=. */
    public static final java.util.List<String> FIELDS = java.util.List.of("id", "slug", "title", "excerpt", "section",
            "language", "dir", "status", "publishedAt", "authors", "byline", "tags", "featuredImage", "commentCount", "body", "snippet");
}
