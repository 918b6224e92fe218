package io.gazette.common.security;

/** Role names used with {@code @RolesAllowed}. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";

    private Roles() {
    }
}
