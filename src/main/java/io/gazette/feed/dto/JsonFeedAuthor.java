package io.gazette.feed.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JsonFeedAuthor", description = "An author: a registered one with the front end's page of them, or a byline")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFeedAuthor(
        @Schema(example = "Hamid Khoshayand") String name,
        @Schema(example = "https://strategic-council.example.org/authors/hamid-khoshayand") String url) {
}
