package io.gazette.webhook.dto;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedWebhook", description = "A new endpoint with its signing secret, which no later response shows")
public record CreatedWebhook(
        @Schema(example = "3") long id,
        @Schema(example = "https://hooks.example.org/gazette") String url,
        @Schema(example = "[\"article.published\", \"article.updated\", \"article.unpublished\"]") List<String> events,
        @Schema(example = "true") boolean active,
        @Schema(description = "Verifies the webhook-signature header of each delivery (Standard Webhooks)",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(example = "2026-11-20T09:00:00Z") Instant createdAt) {
}
