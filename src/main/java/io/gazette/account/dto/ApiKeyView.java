package io.gazette.account.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "A key as listed: its public prefix and dates, never the secret")
public record ApiKeyView(
        @Schema(example = "41") long id,
        @Schema(example = "laptop", nullable = true) String label,
        @Schema(description = "The key starts with gz_ and this prefix", example = "k7m2q9x4ab") String prefix,
        @Schema(example = "2026-11-20T09:00:00Z") Instant createdAt,
        @Schema(description = "Last request made with the key, to the minute", example = "2026-11-27T18:42:00Z", nullable = true) Instant lastUsedAt,
        @Schema(example = "2026-11-28T08:00:00Z", nullable = true) Instant revokedAt) {
}
