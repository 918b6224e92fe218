package io.gazette.feed.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JsonFeedItem", description = "One article of a JSON Feed; content_html when feeds carry bodies, else content_text "
        + "(the lead: JSON Feed wants one of the two)", requiredProperties = {"id"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFeedItem(
        @Schema(description = "The front end's URL of the article", example = "https://strategic-council.example.org/articles/single-state-irans-solution")
        String id,
        @Schema(example = "https://strategic-council.example.org/articles/single-state-irans-solution") String url,
        @Schema(example = "Single State, Iran's Solution to the Palestinian Crisis") String title,
        @JsonProperty("content_html") @Schema(description = "The sanitised HTML body, in a <div dir=\"rtl\"> for right-to-left languages",
                example = "<p>The importance...</p>") String contentHtml,
        @JsonProperty("content_text") @Schema(description = "The lead, when bodies are left out", example = "Iran proposes a referendum.")
        String contentText,
        @Schema(description = "The lead", example = "Iran proposes a referendum.") String summary,
        @Schema(description = "The featured image", example = "https://cdn.example.org/a.jpg") String image,
        @JsonProperty("date_published") @Schema(example = "2024-11-21T09:30:00Z") Instant datePublished,
        @JsonProperty("date_modified") @Schema(example = "2024-11-22T08:00:00Z") Instant dateModified,
        List<JsonFeedAuthor> authors,
        @Schema(description = "The section's name, then the tags' names, in the feed's language", example = "[\"Opinion\", \"Palestine\"]")
        List<String> tags,
        @Schema(example = "en") String language) {
}
