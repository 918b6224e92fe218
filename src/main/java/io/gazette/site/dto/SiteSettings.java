package io.gazette.site.dto;

import io.gazette.common.text.PlainText;
import io.gazette.site.SiteLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SiteSettings", description = "The whole site as admins edit it: read it (GET as admin), change it, PUT it back")
public record SiteSettings(
        @Schema(description = "The publication's name, the same in every language", example = "Strategic Council Online", required = true)
        @NotBlank @Size(max = SiteLimits.NAME) @PlainText
        String name,
        @Schema(example = "Opinion, interviews and analysis on international affairs", nullable = true)
        @Size(max = SiteLimits.DESCRIPTION) @PlainText
        String description,
        @Schema(description = "The front end's base URL. A PUT must send one; a GET shows null while neither a PUT nor "
                + "gazette.site.url has set it", example = "https://strategic-council.example.org", required = true, nullable = true)
        @NotBlank @Size(max = SiteLimits.URL) @Pattern(regexp = WEB_ADDRESS, message = WEB_ADDRESS_MESSAGE)
        String url,
        @Schema(example = "https://cdn.example.org/strategic-council/logo.svg", nullable = true)
        @Size(max = SiteLimits.URL) @Pattern(regexp = WEB_ADDRESS, message = WEB_ADDRESS_MESSAGE)
        String logoUrl,
        @Schema(description = "A configured language (GET /api/v1/languages); labels not set in a language fall back to it",
                example = "en", required = true)
        @NotBlank @Size(max = SiteLimits.LANGUAGE)
        String defaultLanguage,
        @Schema(description = "Labels by configured language; a language left out has none of its own",
                example = "{\"en\": {\"latestContent\": \"LATEST CONTENT\", \"commentCount\": \"{count} Comments\"}, "
                        + "\"es\": {\"latestContent\": \"Últimas publicaciones\"}}",
                required = true)
        @NotNull
        Map<String, @NotNull @Valid LabelSettings> labels) implements SiteForViewer, Representation.Editor {

    /** An absolute http or https URL with a host. */
    public static final String WEB_ADDRESS = "^https?://[^\\s/?#]+([/?#]\\S*)?$";
    public static final String WEB_ADDRESS_MESSAGE = "must be an http or https URL";
}
