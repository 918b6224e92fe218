package io.gazette.common.api;

/** A response body together with the version of the entity behind it, which becomes the ETag. */
public record Versioned<T>(T body, long version) {
}
