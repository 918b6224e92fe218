package io.gazette.common.persistence;

import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Until the schema is migrated every API request is a 503 with Retry-After, without touching the
 * database: between the database's arrival and the end of the migration the tables may not exist yet.
 */
public class NotReadyYet {

    static final int RETRY_AFTER_SECONDS = 5;

    private final DatabaseSchema schema;

    NotReadyYet(DatabaseSchema schema) {
        this.schema = schema;
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void refuseUntilReady() {
        if (!schema.isReady()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The service is starting and its database is not ready yet; retry after " + RETRY_AFTER_SECONDS + " seconds",
                    null, Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)));
        }
    }
}
