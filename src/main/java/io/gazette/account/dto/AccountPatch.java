package io.gazette.account.dto;

import io.gazette.common.text.PlainText;
import io.gazette.account.AccountRole;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountPatch", description = "Fields to change; absent or null fields stay. A new role applies to the account's keys from their next request.")
public record AccountPatch(
        @Schema(description = "\"\" clears it", example = "Sara Rahimi", nullable = true)
        @Size(max = 200)
        @PlainText
        String displayName,
        @Schema(description = "Absent: stays")
        AccountRole role) {
}
