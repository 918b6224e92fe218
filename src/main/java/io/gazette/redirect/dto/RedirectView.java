package io.gazette.redirect.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Redirect", description = "An old address of a published article and where it lives now; answer it with a 301")
public record RedirectView(
        @Schema(description = "The old address, normalised: percent-decoded, no trailing slash, of the query only p=<id>",
                example = "/2023/06/presidents-latin-america-tour", required = true)
        String from,
        @Schema(description = "The article's path on the front end (gazette.redirects.target)",
                example = "/articles/presidents-latin-america-tour-importance-of-scientific-technological-diplomacy", required = true)
        String to,
        @Schema(description = "The article's slug", example = "presidents-latin-america-tour-importance-of-scientific-technological-diplomacy", required = true)
        String slug,
        @Schema(description = "The article's language", example = "en", required = true)
        String language) {
}
