package io.gazette.common.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Role names used with {@code @RolesAllowed}. An admin identity also carries {@link #EDITOR}, so
 * "editors" in the API means editors and admins; {@link #AUTHOR} is the narrowest.
 */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String AUTHOR = "author";

    /** The roles an identity of each account role carries, narrowest first. */
    private static final Map<String, Set<String>> CARRIED = new LinkedHashMap<>();

    static {
        CARRIED.put(AUTHOR, Set.of(AUTHOR));
        CARRIED.put(EDITOR, Set.of(EDITOR));
        CARRIED.put(ADMIN, Set.of(ADMIN, EDITOR));
    }

    private Roles() {
    }

    /** The roles an identity of this account role carries (admin, editor or author). */
    public static Set<String> carriedBy(String accountRole) {
        Set<String> carried = CARRIED.get(accountRole);
        if (carried == null) {
            throw new IllegalArgumentException("no account role " + accountRole);
        }
        return carried;
    }

    /** The account roles, narrowest first, whose identities pass {@code @RolesAllowed(rolesAllowed)}. */
    public static List<String> accountRolesAllowed(Collection<String> rolesAllowed) {
        return CARRIED.entrySet().stream()
                .filter(role -> role.getValue().stream().anyMatch(rolesAllowed::contains))
                .map(Map.Entry::getKey)
                .toList();
    }
}
