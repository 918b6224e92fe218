package io.gazette.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Accepts API keys that an admin issued and nobody revoked. Answers nothing (rather than failing) for
 * tokens that are not its own, so the bootstrap token's provider gets its turn.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** last_used_at is written at most this often per key, so reads do not each cost a write. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKey.Repository keys;
    private final Clock clock;

    ApiKeyIdentityProvider(ApiKey.Repository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String presented = request.getToken().getToken();
        return ApiKeySecrets.prefixOf(presented)
                .map(prefix -> context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> identify(prefix, presented))))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    private SecurityIdentity identify(String prefix, String presented) {
        ApiKey key = keys.findByPrefix(prefix)
                .filter(k -> k.revokedAt == null && ApiKeySecrets.matches(presented, k.secretHash))
                .orElse(null);
        if (key == null) {
            return null;
        }
        Instant now = clock.instant();
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            key.lastUsedAt = now;
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.account.username));
        key.account.role.grants.forEach(identity::addRole);
        return identity.build();
    }
}
