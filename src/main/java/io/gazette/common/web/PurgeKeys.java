package io.gazette.common.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/** Says which surrogate keys committed writes invalidated: an INFO log line per write, and the write's Purge-Keys header. */
@ApplicationScoped
public class PurgeKeys {

    private static final Logger LOG = Logger.getLogger(PurgeKeys.class);

    void log(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        if (!change.keys().isEmpty()) {
            LOG.infof("purge keys: %s", String.join(" ", new TreeSet<>(change.keys())));
        }
    }

    void collect(@Observes ContentChanged change) {
        // The scheduler's writes have no response to name them on; their log line is the record.
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(SurrogateKeys.class).get().purged(change.keys());
        }
    }
}
