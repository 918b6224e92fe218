package io.gazette.feed.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), with the names the specification gives. */
@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 document", requiredProperties = {"version", "title", "items"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFeed(
        @Schema(example = VERSION) String version,
        @Schema(example = "Strategic Council Online – Opinion") String title,
        @JsonProperty("home_page_url") @Schema(description = "The front end's page of what the feed lists",
                example = "https://strategic-council.example.org/sections/opinion") String homePageUrl,
        @JsonProperty("feed_url") @Schema(description = "This feed's own URL",
                example = "https://api.strategic-council.example.org/feeds/en/sections/opinion/articles.json") String feedUrl,
        @Schema(example = "Opinion, interviews and analysis on international affairs") String description,
        @Schema(description = "The publication, for items credited to no one") List<JsonFeedAuthor> authors,
        @Schema(description = "BCP 47", example = "en") String language,
        @Schema(description = "Newest first") List<JsonFeedItem> items) {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";
}
