package io.gazette.account.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssuedApiKey", requiredProperties = {"id", "username", "label", "prefix", "createdAt"}, description = "A new key. The key is in this response only: Gazette keeps its hash, so it cannot be shown again")
public record IssuedApiKey(
        @Schema(example = "41") long id,
        @Schema(example = "s.rahimi") String username,
        @Schema(example = "laptop", nullable = true) String label,
        @Schema(example = "k7m2q9x4ab") String prefix,
        @Schema(description = "Send as 'Authorization: Bearer <key>'. Absent from a replay (Idempotent-Replayed: true): "
                + "the key is never stored, so revoke that key by its id if its first answer was lost", example = "gz_k7m2q9x4ab_Zm9vYmFyYmF6cXV4cXV1eHpvcmtncmF1bHRwbHVnaA")
        String key,
        @Schema(example = "2026-11-20T09:00:00Z") Instant createdAt) {
}
