package io.gazette.language.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Language", description = "A language the publication writes in")
public record LanguageView(
        @Schema(description = "BCP 47 tag", example = "fa") String code,
        @Schema(description = "English name", example = "Persian") String name,
        @Schema(description = "Name in the language itself", example = "فارسی") String nativeName,
        @Schema(description = "Writing direction for layout", enumeration = {"ltr", "rtl"}, example = "rtl") String dir) {
}
