package io.gazette.account.dto;

import io.gazette.account.AccountRole;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "Who the presented credentials belong to")
public record Me(
        @Schema(example = "s.rahimi") String username,
        @Schema(description = "The roles the credentials act with; admins also hold editor", example = "[\"editor\"]") List<AccountRole> roles) {
}
