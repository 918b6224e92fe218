package io.gazette.article.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.article.ArticleLimits;
import io.gazette.common.text.PlainText;
import io.gazette.article.Section;
import io.gazette.common.text.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticleInput", description = "A whole article, for create and replace. New articles are drafts.")
public record ArticleInput(
        @Schema(pattern = Slugs.SPEC_PATTERN, description = "Made from the title when absent; may be Unicode for Persian or Arabic titles", example = "single-state-irans-solution", nullable = true)
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters and digits separated by single hyphens")
        String slug,
        @Schema(example = "Single-State, Iran’s solution to the Palestinian crisis", required = true)
        @NotBlank @Size(max = ArticleLimits.TITLE)
        @PlainText
        String title,
        @Schema(description = "The lead", example = "The President of the Strategic Council on Foreign Relations explained Iran’s approach to the Gaza war.", nullable = true)
        @Size(max = ArticleLimits.EXCERPT)
        @PlainText(multiline = true)
        String excerpt,
        @Schema(description = "HTML; sanitised on write (scripts, styles and event handlers are removed)", example = "<p>In an interview with France 24 Español...</p>", nullable = true)
        @Size(max = ArticleLimits.BODY)
        String body,
        @Schema(required = true)
        @NotNull
        Section section,
        @Schema(description = "BCP 47 tag among the configured languages; default en", example = "en", nullable = true)
        @Size(max = ArticleLimits.LANGUAGE)
        String language,
        @Schema(description = "Author slugs in credit order", example = "[\"hamid-khoshayand\"]", nullable = true)
        @Size(max = ArticleLimits.AUTHORS)
        List<@NotBlank String> authors,
        @Schema(description = ArticleInput.AUTHOR_ROLES, example = ArticleInput.AUTHOR_ROLES_EXAMPLE, nullable = true,
                maxProperties = ArticleLimits.AUTHORS)
        @Size(max = ArticleLimits.AUTHORS)
        Map<String, @Size(max = ArticleLimits.AUTHOR_ROLE) @PlainText String> authorRoles,
        @Schema(description = "Credit for pieces without a registered author", example = "An international relations professor", nullable = true)
        @Size(max = ArticleLimits.BYLINE)
        @PlainText
        String byline,
        @Schema(description = "Tag slugs", example = "[\"latin-america\", \"diplomacy\"]", nullable = true)
        @Size(max = ArticleLimits.TAGS)
        List<@NotBlank String> tags,
        @Schema(description = "Absent: no image")
        @Valid
        @JsonInclude(JsonInclude.Include.NON_NULL)
        FeaturedImage featuredImage) {

    static final String AUTHOR_ROLES = """
            Role lines for this article only, keyed by author slug; each key must be one of authors. An author \
            without one here (or with an empty text) is shown with their own role line.""";
    static final String AUTHOR_ROLES_EXAMPLE = "{\"hamid-khoshayand\": \"Expert on regional affairs\"}";
}
