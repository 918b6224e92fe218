package io.gazette.common.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Walks the schemas of a spec model: the parts of the spec a filter starts from, and every schema nested in them. */
final class SpecSchemas {

    static final String REF_PREFIX = "#/components/schemas/";

    private SpecSchemas() {
    }

    /** The responses of every operation. */
    static List<Object> responses(OpenAPI openAPI) {
        return operations(openAPI).map(Operation::getResponses).map(Object.class::cast).toList();
    }

    /** The request bodies and parameters of every operation. */
    static List<Object> requests(OpenAPI openAPI) {
        List<Object> requests = new ArrayList<>();
        operations(openAPI).forEach(operation -> {
            requests.add(operation.getRequestBody());
            requests.add(operation.getParameters());
        });
        return requests;
    }

    /** Every schema under these roots, not following $ref; components are roots of their own. */
    static void forEach(Collection<?> roots, Consumer<Schema> visitor) {
        List<Object> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            Object node = pending.remove(pending.size() - 1);
            if (node instanceof Schema schema) {
                visitor.accept(schema);
            }
            children(node, pending);
        }
    }

    /** The names of the component schemas reachable through $ref from these roots, transitively. */
    static List<String> referencedFrom(Collection<?> roots, java.util.Map<String, Schema> components) {
        List<String> found = new ArrayList<>();
        List<Object> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            List<Object> next = new ArrayList<>();
            forEach(pending, schema -> {
                String ref = schema.getRef();
                if (ref != null && ref.startsWith(REF_PREFIX)) {
                    String name = ref.substring(REF_PREFIX.length());
                    if (!found.contains(name) && components.containsKey(name)) {
                        found.add(name);
                        next.add(components.get(name));
                    }
                }
            });
            pending = next;
        }
        return found;
    }

    private static Stream<Operation> operations(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream()
                .map(PathItem::getOperations).flatMap(operations -> operations.values().stream());
    }

    private static void children(Object node, List<Object> pending) {
        if (node instanceof Collection<?> nodes) {
            pending.addAll(nodes);
        } else if (node instanceof APIResponses responses && responses.getAPIResponses() != null) {
            pending.addAll(responses.getAPIResponses().values());
        } else if (node instanceof APIResponse response) {
            pending.add(response.getContent());
            if (response.getHeaders() != null) {
                pending.addAll(response.getHeaders().values());
            }
        } else if (node instanceof Header header) {
            pending.add(header.getSchema());
        } else if (node instanceof RequestBody body) {
            pending.add(body.getContent());
        } else if (node instanceof Parameter parameter) {
            pending.add(parameter.getSchema());
            pending.add(parameter.getContent());
        } else if (node instanceof Content content && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> pending.add(media.getSchema()));
        } else if (node instanceof Schema schema) {
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()).filter(Objects::nonNull).forEach(pending::addAll);
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            pending.add(schema.getNot());
        }
    }
}
