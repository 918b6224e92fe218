package io.gazette.webhook;

import io.gazette.event.PublicEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** A write that fired events (or asked for a redelivery) starts a dispatch round on its instance once it has committed, rather than at the next poll. */
@ApplicationScoped
class DispatchOnCommit {

    private final WebhookDispatcher dispatcher;

    DispatchOnCommit(WebhookDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicEvent event) {
        dispatcher.wake();
    }

    void redelivering(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesDue due) {
        dispatcher.wake();
    }
}
