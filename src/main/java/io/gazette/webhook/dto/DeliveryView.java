package io.gazette.webhook.dto;

import io.gazette.webhook.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event's delivery to one endpoint, with every attempt")
public record DeliveryView(
        @Schema(example = "118") long id,
        @Schema(description = "The webhook-id header: the same on every attempt, so a receiver can drop repeats", example = "evt_5121")
        String eventId,
        @Schema(example = "article.published") String eventType,
        DeliveryStatus status,
        @Schema(description = "Attempts made", example = "2") int attempts,
        @Schema(description = "When pending: the next attempt", example = "2026-11-20T09:00:40Z", nullable = true) Instant nextAttemptAt,
        @Schema(example = "2026-11-20T09:00:00Z") Instant createdAt,
        @Schema(description = "Oldest first") List<Attempt> attemptLog) {

    @Schema(name = "WebhookAttempt", description = "One request sent")
    public record Attempt(
            @Schema(example = "1") int number,
            @Schema(example = "2026-11-20T09:00:00Z") Instant attemptedAt,
            @Schema(description = "Absent when no response came", example = "503", nullable = true) Integer statusCode,
            @Schema(description = "From sending to the response's status line, or to the failure", example = "84") long latencyMs,
            @Schema(description = "The response body's first 500 characters", example = "Service Unavailable", nullable = true)
            String responseExcerpt,
            @Schema(description = "What went wrong when no 2xx came", example = "HTTP 503", nullable = true) String error) {
    }
}
