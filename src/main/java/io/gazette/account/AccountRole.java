package io.gazette.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.gazette.common.security.Roles;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "admin: everything, including accounts and keys; editor: all content and comments; "
        + "author: creates drafts, edits and submits their own articles, cannot publish", example = "editor")
public enum AccountRole {
    @JsonProperty("admin") ADMIN(Roles.carriedBy(Roles.ADMIN)),
    @JsonProperty("editor") EDITOR(Roles.carriedBy(Roles.EDITOR)),
    @JsonProperty("author") AUTHOR(Roles.carriedBy(Roles.AUTHOR));

    /** The security roles an identity with this account role carries. */
    public final Set<String> grants;

    AccountRole(Set<String> grants) {
        this.grants = grants;
    }

    /** The account role named like a security role from {@link Roles} (every one of them is one). */
    public static AccountRole ofSecurityRole(String role) {
        return valueOf(role.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
