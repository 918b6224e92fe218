package io.gazette.account.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "Who the presented credentials belong to")
public record Me(
        @Schema(example = "s.rahimi") String username,
        @Schema(description = "Security roles; admins also hold editor", example = "[\"editor\"]") List<String> roles) {
}
