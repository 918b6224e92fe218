package io.gazette.webhook.dto;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookPatch", description = "Fields to change; absent or null fields stay. active: true on a disabled endpoint "
        + "enables it again (its pending deliveries resume) and clears disabledReason.")
public record WebhookPatch(
        @Schema(example = "https://hooks.example.org/gazette", nullable = true) @Size(max = 2000) String url,
        @Schema(example = "[\"article.published\"]", nullable = true) @Size(min = 1, max = 20) List<String> events,
        @Schema(description = "A new signing secret: deliveries are signed with it from now on", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                nullable = true) String secret,
        @Schema(example = "true", nullable = true) Boolean active) {
}
