package io.gazette.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The actor of the current request, or "system" for work that no request started. */
@ApplicationScoped
public class CurrentActor {

    private final CurrentIdentityAssociation identities;

    CurrentActor(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Actor get() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.system("system");
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity.isAnonymous()
                ? new Actor("anonymous", Set.of())
                : new Actor(identity.getPrincipal().getName(), identity.getRoles());
    }
}
