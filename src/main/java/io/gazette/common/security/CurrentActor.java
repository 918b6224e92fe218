package io.gazette.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The actor of the current request, or "system" for work that no request started. */
@ApplicationScoped
public class CurrentActor {

    /** Set while the service works under a name of its own; startup observers run in a request context with nobody signed in. */
    private static final ThreadLocal<Actor> ACTING = new ThreadLocal<>();

    private final CurrentIdentityAssociation identities;

    CurrentActor(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Actor get() {
        Actor acting = ACTING.get();
        if (acting != null) {
            return acting;
        }
        if (!Arc.container().requestContext().isActive()) {
            return Actor.system("system");
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity.isAnonymous()
                ? new Actor("anonymous", Set.of())
                : new Actor(identity.getPrincipal().getName(), identity.getRoles());
    }

    /** Runs {@code work} on this thread as {@code actor}: what it changes is recorded under that name. */
    public void runAs(Actor actor, Runnable work) {
        Actor before = ACTING.get();
        ACTING.set(actor);
        try {
            work.run();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }
}
