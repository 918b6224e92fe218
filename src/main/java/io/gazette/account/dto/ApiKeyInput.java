package io.gazette.account.dto;

import io.gazette.common.text.PlainText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyInput", description = "What to call a new key")
public record ApiKeyInput(
        @Schema(description = "Where the key is used", example = "laptop", nullable = true)
        @Size(max = 100)
        @PlainText
        String label) {
}
