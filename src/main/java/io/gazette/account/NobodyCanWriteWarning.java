package io.gazette.account;

import io.gazette.common.security.AdminTokenConfig;
import io.gazette.common.persistence.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * A service started without GAZETTE_ADMIN_TOKEN on a database where no API key works serves readers
 * and refuses every write, silently; this says so once at startup.
 */
@ApplicationScoped
public class NobodyCanWriteWarning {

    private static final Logger LOG = Logger.getLogger(NobodyCanWriteWarning.class);
    static final String MESSAGE = "Nobody can write: no admin token is set and no account holds a working API key. "
            + "Set GAZETTE_ADMIN_TOKEN to create the first accounts and keys";

    private final AdminTokenConfig config;
    private final ApiKey.Repository keys;

    NobodyCanWriteWarning(AdminTokenConfig config, ApiKey.Repository keys) {
        this.config = config;
        this.keys = keys;
    }

    @Transactional
    void onStart(@Observes SchemaReady event) {
        boolean adminToken = config.adminToken().filter(token -> !token.isBlank()).isPresent();
        if (!adminToken && keys.count("revokedAt is null") == 0) {
            LOG.warn(MESSAGE);
        }
    }
}
