package io.gazette.common.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;

/** Cuts list items down to the fields a client picked with fields=, and the identity fields an item always keeps. */
public final class SparseFields {

    /** Kept whatever fields= says, so that every item stays addressable (and typed as present in the spec). */
    public static final List<String> ALWAYS = List.of("id", "slug");

    private SparseFields() {
    }

    public static PagedList<Object> pick(PagedList<?> page, List<String> fields, ObjectMapper json) {
        if (fields.isEmpty()) {
            return new PagedList<>(List.copyOf(page.items()), page.meta());
        }
        List<Object> items = page.items().stream()
                .<Object>map(item -> {
                    ObjectNode node = json.valueToTree(item);
                    node.retain(Stream.concat(ALWAYS.stream(), fields.stream()).toList());
                    return node;
                })
                .toList();
        return new PagedList<>(items, page.meta());
    }
}
