package io.gazette.common.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authentication is lazy (so failures reach the problem mapper), which would let a wrong token pass
 * unnoticed on public reads; this filter checks any credentials a request carries, on every endpoint.
 */
public class CredentialsCheckFilter {

    @Inject
    CurrentIdentityAssociation identityAssociation;

    @ServerRequestFilter
    public Uni<Void> verifyPresentedCredentials(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identityAssociation.getDeferredIdentity().replaceWithVoid();
    }
}
