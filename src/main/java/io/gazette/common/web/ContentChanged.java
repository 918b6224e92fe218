package io.gazette.common.web;

import java.util.List;
import java.util.Set;

/**
 * Fired, inside the writing transaction, with the surrogate keys of the public pages a write changed. Once the write
 * commits {@link PurgeKeys} logs them ({@code purge keys: ...}) and names them on the write's response, for whoever
 * purges the CDN; webhooks and the in-process cache can observe the same event.
 */
public record ContentChanged(Set<String> keys) {

    public static ContentChanged of(String... keys) {
        return new ContentChanged(Set.copyOf(List.of(keys)));
    }
}
