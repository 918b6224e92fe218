package io.gazette.webhook.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A registered endpoint; its secret is shown only when it is created")
public record WebhookView(
        @Schema(example = "3") long id,
        @Schema(example = "https://hooks.example.org/gazette") String url,
        @Schema(example = "[\"article.published\", \"article.updated\", \"article.unpublished\"]") List<String> events,
        @Schema(description = "false: no deliveries are made (disabled by an admin, or by failing for gazette.webhooks.disable-after)", example = "true")
        boolean active,
        @Schema(description = "Why it was disabled, when the server disabled it", example = "Every attempt failed since 2026-11-20T09:00:00Z; the last: HTTP 503", nullable = true)
        String disabledReason,
        @Schema(description = "The first failed attempt since the last success", example = "2026-11-20T09:00:00Z", nullable = true)
        Instant failingSince,
        @Schema(example = "2026-11-20T09:00:00Z") Instant createdAt,
        @Schema(example = "2026-11-20T09:00:00Z") Instant updatedAt) {
}
