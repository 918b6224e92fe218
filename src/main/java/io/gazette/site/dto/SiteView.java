package io.gazette.site.dto;

import io.gazette.language.dto.LanguageView;
import java.util.List;
import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Site", description = "The publication's identity, with its labels in one language")
public record SiteView(
        @Schema(description = "The publication's name, the same in every language", example = "Strategic Council Online") String name,
        @Schema(example = "Opinion, interviews and analysis on international affairs", nullable = true) String description,
        @Schema(description = "The front end's base URL; null until an admin or gazette.site.url sets it",
                example = "https://strategic-council.example.org", nullable = true) String url,
        @Schema(example = "https://cdn.example.org/strategic-council/logo.svg", nullable = true) String logoUrl,
        @Schema(description = "The language labels fall back to", example = "en") String defaultLanguage,
        @Schema(description = "Every configured language, as GET /api/v1/languages lists them") List<LanguageView> languages,
        SiteLabels labels) implements SiteForViewer, Representation.Public {
}
