package io.gazette.account.dto;

import io.gazette.account.AccountRole;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Account", description = "An account and its keys (never the secrets)")
public record AccountView(
        @Schema(example = "s.rahimi") String username,
        @Schema(example = "Sara Rahimi", nullable = true) String displayName,
        AccountRole role,
        @Schema(example = "2026-11-20T09:00:00Z") Instant createdAt,
        List<ApiKeyView> keys) {
}
