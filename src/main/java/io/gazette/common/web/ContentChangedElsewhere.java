package io.gazette.common.web;

import java.util.Set;

/**
 * A write committed by another instance sharing the database, read from content_change: the keys it invalidated.
 * Fired before this instance's response cache drops those pages, for the caches they are rendered from (list totals).
 */
public record ContentChangedElsewhere(Set<String> keys) {
}
