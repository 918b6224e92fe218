package io.gazette.article.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TranslationRef", description = "Another language edition of the same article")
public record TranslationRef(
        @Schema(description = "BCP 47 language tag", example = "es") String language,
        @Schema(example = "ultimas-publicaciones-sobre-la-gira") String slug,
        @Schema(example = "La gira latinoamericana del presidente") String title,
        @Schema(enumeration = {"ltr", "rtl"}, example = "ltr") String dir) {
}
