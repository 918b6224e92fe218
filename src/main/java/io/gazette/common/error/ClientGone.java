package io.gazette.common.error;

import io.vertx.core.http.HttpClosedException;
import java.util.IdentityHashMap;
import java.util.Map;

/** A request that failed because its client hung up (a half-sent body), not because of the server. */
final class ClientGone {

    private ClientGone() {
    }

    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException) {
                return true;
            }
        }
        return false;
    }
}
