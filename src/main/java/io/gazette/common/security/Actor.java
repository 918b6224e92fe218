package io.gazette.common.security;

import java.util.Set;

/** Who makes a change: a person with roles, or the service itself (the scheduler, the demo loader). */
public record Actor(String name, Set<String> roles) {

    public static Actor system(String name) {
        return new Actor(name, Roles.carriedBy(Roles.ADMIN));
    }

    public boolean isEditor() {
        return roles.contains(Roles.EDITOR);
    }

    /** Staff who may only work on their own drafts. */
    public boolean isAuthorOnly() {
        return !isEditor() && roles.contains(Roles.AUTHOR);
    }
}
