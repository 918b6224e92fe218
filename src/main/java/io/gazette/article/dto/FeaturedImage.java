package io.gazette.article.dto;

import io.gazette.article.ArticleLimits;
import io.gazette.common.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeaturedImage", description = "The picture shown with the article")
public record FeaturedImage(
        @Schema(example = "https://cdn.example.org/2024/latin-america-tour.jpg", required = true)
        @NotBlank @Size(max = ArticleLimits.IMAGE_URL) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
        String url,
        @Schema(description = "Text alternative for screen readers", example = "The president arriving in Caracas", nullable = true)
        @Size(max = ArticleLimits.IMAGE_ALT)
        @PlainText
        String alt) {
}
