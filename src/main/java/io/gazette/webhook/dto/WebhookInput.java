package io.gazette.webhook.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput", description = "An endpoint to receive events")
public record WebhookInput(
        @Schema(description = "http or https; not a loopback, private or link-local address (unless the server allows it)",
                example = "https://hooks.example.org/gazette")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "The event types to receive", example = "[\"article.published\", \"article.updated\", \"article.unpublished\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank String> events,
        @Schema(description = "Signing secret, \"whsec_\" and the base64 of 24 to 64 random bytes; absent: one is generated",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", nullable = true)
        String secret,
        @Schema(description = "Absent: true", example = "true", nullable = true) Boolean active) {
}
