package io.gazette.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is reading: public endpoints give editors the editor view of the same resource. */
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The name moderation records carry. */
    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** Staff (authors, editors, admins) read drafts and private fields on the public paths. */
    public boolean isStaff() {
        return !identity.isAnonymous() && (identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.AUTHOR));
    }

    public boolean isEditor() {
        return !identity.isAnonymous() && identity.hasRole(Roles.EDITOR);
    }

    public boolean isAdmin() {
        return !identity.isAnonymous() && identity.hasRole(Roles.ADMIN);
    }
}
