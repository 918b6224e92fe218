package io.gazette.webhook;

/** Fired in a transaction that made deliveries due now (a redeliver): once it commits, a dispatch round starts. */
record DeliveriesDue() {
}
