package io.gazette.article.dto;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.gazette.article.ArticleLimits;
import io.gazette.common.api.StrictJson;
import io.gazette.common.text.PlainText;
import io.gazette.article.Section;
import io.gazette.common.text.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePatch", description = """
        Fields to change; absent or null fields stay as they are (but publishedAt, which cannot be removed: null is a \
        400). "" clears an optional text, [] clears authors or tags, {} clears authorRoles, and a featuredImage with \
        an empty url removes the image.""")
public record ArticlePatch(
        @Schema(pattern = Slugs.SPEC_PATTERN, example = "single-state-irans-solution", nullable = true)
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters and digits separated by single hyphens")
        String slug,
        @Schema(pattern = "\\S", example = "Single-State, Iran’s solution to the Palestinian crisis", nullable = true)
        @Size(min = 1, max = ArticleLimits.TITLE) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @PlainText
        String title,
        @Schema(example = "A new lead.", nullable = true)
        @Size(max = ArticleLimits.EXCERPT)
        @PlainText(multiline = true)
        String excerpt,
        @Schema(example = "<p>New body</p>", nullable = true)
        @Size(max = ArticleLimits.BODY)
        String body,
        @Schema(description = "Absent: stays")
        Section section,
        @Schema(example = "es", nullable = true)
        @Size(max = ArticleLimits.LANGUAGE)
        String language,
        @Schema(example = "[\"hamid-khoshayand\"]", nullable = true)
        @Size(max = ArticleLimits.AUTHORS)
        List<@NotBlank String> authors,
        @Schema(description = ArticleInput.AUTHOR_ROLES
                + " Given, it replaces the whole set ({} clears it); left out, the authors who stay keep theirs.",
                example = ArticleInput.AUTHOR_ROLES_EXAMPLE, nullable = true, maxProperties = ArticleLimits.AUTHORS)
        @Size(max = ArticleLimits.AUTHORS)
        Map<String, @Size(max = ArticleLimits.AUTHOR_ROLE) @PlainText String> authorRoles,
        @Schema(example = "An international relations professor", nullable = true)
        @Size(max = ArticleLimits.BYLINE)
        @PlainText
        String byline,
        @Schema(example = "[\"latin-america\"]", nullable = true)
        @Size(max = ArticleLimits.TAGS)
        List<@NotBlank String> tags,
        @Schema(description = "Absent: stays; an empty url removes the image")
        @Valid
        FeaturedImagePatch featuredImage,
        @Schema(description = """
                When the article was first published (UTC): back-dates a piece moved from an archive, and the public \
                order and cursors follow it. Editors and admins only (an author's request is a 403); not in the future \
                (a future publication is a schedule: status scheduled with publishAt). Set on an article not yet \
                published, it is kept when the article is published. It cannot be removed: null is a 400 naming it \
                (unpublish takes an article down and keeps its date).""",
                example = "2015-03-01T09:30:00Z", nullable = true)
        @JsonDeserialize(using = PublishedAt.class)
        Instant publishedAt) {

    /** publishedAt: absent, it stays; null, a 400 rather than a silent no-op. */
    public static final class PublishedAt extends StrictJson.KeptInstant {
        public PublishedAt() {
            super("must not be null: an article keeps the date it was first published (unpublish takes it down and keeps "
                    + "the date); send another date to change it");
        }
    }

    @Schema(name = "FeaturedImagePatch", description = "An empty url removes the image")
    public record FeaturedImagePatch(
            @Schema(example = "https://cdn.example.org/2024/latin-america-tour.jpg")
            @Size(max = ArticleLimits.IMAGE_URL) @Pattern(regexp = "^(https?://\\S+)?$", message = "must be an http or https URL")
            String url,
            @Schema(example = "The president arriving in Caracas", nullable = true)
            @Size(max = ArticleLimits.IMAGE_ALT)
            @PlainText
            String alt) {
    }
}
