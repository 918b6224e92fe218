package io.gazette.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Accepts the bootstrap token from GAZETTE_ADMIN_TOKEN as the admin "admin" (which creates the first
 * accounts and keys); with no token configured only issued API keys can write.
 */
@ApplicationScoped
public class AdminTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** The name the bootstrap token acts under; no account may take it. */
    public static final String BOOTSTRAP_ADMIN = "admin";

    private final Optional<byte[]> adminTokenDigest;

    AdminTokenIdentityProvider(AdminTokenConfig config) {
        this.adminTokenDigest = config.adminToken().filter(t -> !t.isBlank()).map(AdminTokenIdentityProvider::sha256);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String presented = request.getToken().getToken();
        // Digests of equal length make the comparison constant-time whatever the presented token's length.
        boolean valid = adminTokenDigest.map(expected -> MessageDigest.isEqual(expected, sha256(presented))).orElse(false);
        if (!valid) {
            // Not this token: the API-key provider may know it; when none does, authentication fails.
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(BOOTSTRAP_ADMIN))
                .addRoles(Roles.carriedBy(Roles.ADMIN))
                .build());
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
