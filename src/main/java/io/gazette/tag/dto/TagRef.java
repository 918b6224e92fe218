package io.gazette.tag.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gazette.tag.Tag;
import io.gazette.tag.TagTranslation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRef", description = "A tag as shown on an article")
public record TagRef(
        @Schema(example = "latin-america") String slug,
        @Schema(example = "Latin America") String name,
        @Schema(description = "Only in lists with include=tags.description", example = "Iran's relations with Latin America")
        @JsonInclude(JsonInclude.Include.NON_NULL) String description) {

    public static TagRef of(Tag tag) {
        return new TagRef(tag.slug, tag.name, null);
    }

    public static TagRef withDescription(Tag tag) {
        return new TagRef(tag.slug, tag.name, tag.description == null ? "" : tag.description);
    }

    /** In the language of {@code translation} when there is one, else as created. */
    public static TagRef of(Tag tag, TagTranslation translation, boolean withDescription) {
        String name = translation == null ? tag.name : translation.name;
        String description = translation == null ? tag.description : translation.description;
        return new TagRef(tag.slug, name, withDescription ? (description == null ? "" : description) : null);
    }
}
