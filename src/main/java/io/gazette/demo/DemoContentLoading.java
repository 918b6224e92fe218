package io.gazette.demo;

/**
 * Fired, in the loading transaction, when the demo publication is about to be loaded into an empty
 * database, so other features (the site's identity) add their part without deciding emptiness themselves.
 */
public record DemoContentLoading() {
}
