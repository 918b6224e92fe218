package io.gazette.tag.dto;

import io.gazette.tag.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TagRef", description = "A tag as shown on an article")
public record TagRef(
        @Schema(example = "latin-america") String slug,
        @Schema(example = "Latin America") String name) {

    public static TagRef of(Tag tag) {
        return new TagRef(tag.slug, tag.name);
    }
}
