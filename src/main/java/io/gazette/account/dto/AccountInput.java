package io.gazette.account.dto;

import io.gazette.common.text.PlainText;
import io.gazette.account.AccountRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountInput", description = "A new account; keys are issued separately")
public record AccountInput(
        @Schema(description = "Lowercase letters, digits, dots and hyphens; shown in revisions and moderation records",
                example = "s.rahimi", required = true)
        @NotBlank @Size(min = 2, max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9.-]*$", message = "must be lowercase letters, digits, dots and hyphens")
        String username,
        @Schema(example = "Sara Rahimi", nullable = true)
        @Size(max = 200)
        @PlainText
        String displayName,
        @Schema(required = true)
        @NotNull
        AccountRole role) {
}
