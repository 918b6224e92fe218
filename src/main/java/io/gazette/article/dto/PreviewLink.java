package io.gazette.article.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PreviewLink", description = "A signed link that shows an article, draft or not, to anyone who has it until it expires")
public record PreviewLink(
        @Schema(example = "cDF8NDJ8MTczMjI2NzQwMA.2mZb1q0l3kV7n8Xc9Qw4Rg") String token,
        @Schema(description = "Path of the preview under this API", example = "/api/v1/previews/cDF8NDJ8MTczMjI2NzQwMA.2mZb1q0l3kV7n8Xc9Qw4Rg") String path,
        @Schema(example = "2024-11-22T09:30:00Z") Instant expiresAt) {
}
