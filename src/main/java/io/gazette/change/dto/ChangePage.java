package io.gazette.change.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Changes in commit order after the token sent, and the token to send next")
public record ChangePage(
        List<ChangeView> items,
        @Schema(description = "Send as since= next time; opaque, signed, valid across restarts and instances",
                example = "YzEuNTEyMi4w.4vX0mXj1l0Tc3yWq4rGm0g") String nextToken,
        @Schema(description = "More changes are waiting: ask again at once with nextToken", example = "false") boolean hasMore) {
}
