package io.gazette.common.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Cuts list items down to the fields a client picked with fields=. */
public final class SparseFields {

    private SparseFields() {
    }

    public static PagedList<Object> pick(PagedList<?> page, List<String> fields, ObjectMapper json) {
        if (fields.isEmpty()) {
            return new PagedList<>(List.copyOf(page.items()), page.meta());
        }
        List<Object> items = page.items().stream()
                .<Object>map(item -> {
                    ObjectNode node = json.valueToTree(item);
                    node.retain(fields);
                    return node;
                })
                .toList();
        return new PagedList<>(items, page.meta());
    }
}
