package io.gazette.webhook.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookPing", description = "A webhook.ping sent to an endpoint, and what came back")
public record PingView(
        @Schema(description = "The ping's webhook-id header (pings have their own, never an event's)", example = "ping_4f9c0e8a2b7d4c1e9a3b5d7f0e2c4a6b")
        String eventId,
        @Schema(description = "Whether the endpoint answered 2xx", example = "true") boolean delivered,
        DeliveryView.Attempt attempt) {
}
