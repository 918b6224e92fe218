package io.gazette.common.security;

/**
 * Role names used with {@code @RolesAllowed}. An admin identity also carries {@link #EDITOR}, so
 * "editors" in the API means editors and admins; {@link #AUTHOR} is the narrowest.
 */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String AUTHOR = "author";

    private Roles() {
    }
}
