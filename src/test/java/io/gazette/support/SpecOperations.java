package io.gazette.support;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the served OpenAPI document ({@code GET /q/openapi?format=json}), with their
 * parameters and request-body schemas ($refs resolved), and fresh real data for their path templates.
 * Tests that walk every operation (authorization matrix, hostile input) read the spec through this.
 */
public final class SpecOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    private final JsonNode spec;
    private final List<Operation> operations = new ArrayList<>();

    private SpecOperations(JsonNode spec) {
        this.spec = spec;
        for (Iterator<Map.Entry<String, JsonNode>> p = spec.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = o.next();
                if (!entry.getValue().isObject() || entry.getKey().equals("parameters")) {
                    continue;
                }
                operations.add(operation(path.getKey(), entry.getKey().toUpperCase(), entry.getValue(), shared));
            }
        }
    }

    /** The spec the running application serves. */
    public static SpecOperations served() {
        try {
            return new SpecOperations(JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode spec() {
        return spec;
    }

    /** Every operation, in the spec's order (paths, then methods). */
    public List<Operation> operations() {
        return operations;
    }

    /**
     * The schema with $ref, allOf and a nullable anyOf/oneOf folded into one object; sibling keys win over the
     * target's. A dropped {"type": "null"} alternative leaves {@code "x-nullable": true}.
     */
    public JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || !schema.isObject() || depth > 20) {
            return schema == null ? NODES.objectNode() : schema;
        }
        ObjectNode result = NODES.objectNode();
        if (schema.has("$ref")) {
            result.setAll((ObjectNode) resolve(ref(schema.get("$ref").asText()), depth + 1));
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            if (!schema.path(combinator).isArray()) {
                continue;
            }
            boolean nullable = false;
            boolean chosen = false;
            for (JsonNode alternative : schema.get(combinator)) {
                JsonNode resolved = resolve(alternative, depth + 1);
                if ("null".equals(resolved.path("type").asText()) && !combinator.equals("allOf")) {
                    nullable = true;
                } else if (combinator.equals("allOf") || !chosen) {
                    result.setAll((ObjectNode) resolved);
                    chosen = true;
                }
            }
            if (nullable) {
                result.put("x-nullable", true);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> f = schema.fields(); f.hasNext(); ) {
            Map.Entry<String, JsonNode> field = f.next();
            if (!Set.of("$ref", "allOf", "anyOf", "oneOf").contains(field.getKey())) {
                result.set(field.getKey(), field.getValue());
            }
        }
        return result;
    }

    private JsonNode ref(String ref) {
        JsonNode target = spec;
        for (String part : ref.replaceFirst("^#/", "").split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }

    private List<Parameter> parameters(JsonNode list) {
        List<Parameter> result = new ArrayList<>();
        for (JsonNode p : list) {
            JsonNode parameter = resolve(p);
            result.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
        }
        return result;
    }

    private Operation operation(String path, String method, JsonNode node, List<Parameter> shared) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (Parameter p : shared) {
            byKey.put(p.in() + " " + p.name(), p);
        }
        for (Parameter p : parameters(node.path("parameters"))) {
            byKey.put(p.in() + " " + p.name(), p);
        }
        List<String> mediaTypes = new ArrayList<>();
        JsonNode bodySchema = null;
        JsonNode content = node.path("requestBody").path("content");
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            mediaTypes.add(names.next());
        }
        if (!mediaTypes.isEmpty()) {
            String main = mediaTypes.contains("application/json") ? "application/json" : mediaTypes.get(0);
            bodySchema = resolve(content.path(main).path("schema"));
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        if (bodySchema != null) {
            for (Iterator<Map.Entry<String, JsonNode>> f = bodySchema.path("properties").fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                properties.put(field.getKey(), resolve(field.getValue()));
            }
            bodySchema.path("required").forEach(r -> required.add(r.asText()));
        }
        Set<String> roles = new LinkedHashSet<>();
        node.path("x-roles").forEach(r -> roles.add(r.asText()));
        return new Operation(method, path, node.path("operationId").asText(), node, List.copyOf(byKey.values()),
                node.has("requestBody"), mediaTypes, bodySchema, properties, required, requiresCredentials(node),
                node.path("x-roles").isArray(), roles);
    }

    /**
     * Whether the operation needs credentials: it lists security requirements and none of them is the empty one
     * ({@code {}}), which public reads list beside the bearer scheme because a key changes what they return.
     */
    public static boolean requiresCredentials(JsonNode operation) {
        JsonNode security = operation.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** One parameter; {@code in} is path, query, header or cookie; the schema is resolved. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
        public boolean isEnum() {
            return schema.has("enum") || schema.path("items").has("enum");
        }
    }

    /**
     * One operation of the spec. {@code bodyProperties} are the top-level fields of the request body
     * (each schema resolved), in the spec's order; {@code secured} says whether it has a security requirement.
     */
    public record Operation(String method, String path, String operationId, JsonNode node, List<Parameter> parameters,
                            boolean hasBody, List<String> bodyMediaTypes, JsonNode bodySchema,
                            Map<String, JsonNode> bodyProperties, Set<String> requiredBodyFields,
                            boolean secured, boolean hasRoles, Set<String> roles) {

        public String where() {
            return method + " " + path;
        }

        public List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }

        public boolean hasHeader(String name) {
            return parameters.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase(name));
        }

        /** The names of the path template's placeholders, in order. */
        public List<String> placeholders() {
            return SpecOperations.placeholders(path);
        }
    }

    /** A plausible valid value for a field: its first example, else its enum's first value, default, or one of its type. */
    public static JsonNode exampleValue(JsonNode schema) {
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0).deepCopy();
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).deepCopy();
        }
        if (schema.has("default")) {
            return schema.get("default").deepCopy();
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        return switch (type) {
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            case "object" -> NODES.objectNode();
            default -> NODES.textNode("x");
        };
    }

    /**
     * A body with the required fields only, each from {@code value(field, schema)} when it answers, else from
     * {@link #exampleValue}. Fields whose valid value depends on data (unique slugs, comment ids) come from the caller.
     */
    public static ObjectNode minimalBody(Operation operation, BiFunction<String, JsonNode, JsonNode> value) {
        ObjectNode body = NODES.objectNode();
        for (String field : operation.requiredBodyFields()) {
            JsonNode schema = operation.bodyProperties().getOrDefault(field, NODES.objectNode());
            JsonNode chosen = value == null ? null : value.apply(field, schema);
            body.set(field, chosen != null ? chosen : exampleValue(schema));
        }
        return body;
    }

    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The template with each {name} replaced by values.get(name), as given (the caller encodes). */
    public static String expand(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Fresh real values for the template's placeholders: {slug} is an article the owner token drafted
     * (under /articles), a new author (under /authors) or a new tag (under /tags); {translation} a new
     * Spanish draft; {id} an approved comment on a published article; {username} a new author account and
     * {keyId} one of its keys; {number} revision 1; {lang} es; {token} a preview link of a fresh draft; under /webhooks, {id}
     * a new endpoint and {deliveryId} its delivery of a tag's creation (sent by the dispatcher to a closed port).
     */
    public static Map<String, String> freshPathValues(String template, String ownerToken) {
        return freshPathValues(template, () -> TestData.article().draftAs(ownerToken));
    }

    /** As {@link #freshPathValues(String, String)}, but {slug} under /articles is a published article (public reads see it). */
    public static Map<String, String> freshPublishedPathValues(String template) {
        return freshPathValues(template, () -> TestData.article().published());
    }

    private static Map<String, String> freshPathValues(String template, Supplier<String> article) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> names = placeholders(template);
        if (template.startsWith("/feeds/") || template.startsWith("/sitemap")) {
            TestData.siteUrl(); // they link to the front end, which needs the site's URL
        }
        if (names.contains("slug")) {
            values.put("slug", template.contains("/authors/{slug}") ? TestData.author()
                    : template.contains("/tags/{slug}") ? TestData.tag()
                    : article.get());
        }
        if (names.contains("translation")) {
            values.put("translation", TestData.article().with("language", "es").draft());
        }
        if (template.startsWith("/api/v1/webhooks/")) {
            values.putAll(webhookWithDelivery());
        } else if (names.contains("id")) {
            values.put("id", String.valueOf(approvedComment()));
        }
        if (names.contains("username") || names.contains("keyId")) {
            String username = TestData.unique("matrix");
            editor().body(Map.of("username", username, "role", "author")).post("/api/v1/accounts").then().statusCode(201);
            int keyId = editor().body(Map.of()).post("/api/v1/accounts/" + username + "/keys").then().statusCode(201).extract().path("id");
            values.put("username", username);
            values.put("keyId", String.valueOf(keyId));
        }
        if (names.contains("number")) {
            values.put("number", "1");
        }
        if (names.contains("lang")) {
            values.put("lang", "es");
        }
        if (names.contains("format")) {
            values.put("format", "json");
        }
        if (names.contains("section")) {
            values.put("section", "opinion");
        }
        if (names.contains("page")) {
            values.put("page", "1");
        }
        if (names.contains("token")) {
            String draft = TestData.article().draft();
            values.put("token", editor().post("/api/v1/articles/" + draft + "/preview-links").then().statusCode(201)
                    .extract().path("token"));
        }
        return values;
    }

    /** The template filled with {@link #freshPathValues}. */
    public static String freshPath(String template, String ownerToken) {
        return expand(template, freshPathValues(template, ownerToken));
    }

    /** A webhook endpoint (on a port nothing listens on) with one delivery, attempted once: its id and the delivery's. */
    public static Map<String, String> webhookWithDelivery() {
        long id = editor().body(Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("tag.updated"))).post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestData.tag();
        io.quarkus.arc.Arc.container().instance(io.gazette.webhook.WebhookDispatcher.class).get().dispatch();
        long delivery = editor().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        return Map.of("id", String.valueOf(id), "deliveryId", String.valueOf(delivery));
    }

    /** A reader's comment on a fresh published article, approved; returns its id. */
    public static int approvedComment() {
        String article = TestData.article().published();
        int id = TestData.anonymous().body(Map.of("name", "Reader", "email", TestData.unique("r") + "@readers.example", "body", "A thought"))
                .post("/api/v1/articles/" + article + "/comments").then().extract().path("id");
        editor().body(Map.of("status", "approved")).patch("/api/v1/comments/" + id).then().statusCode(200);
        return id;
    }

    /** A JSON array holding the one value. */
    public static ArrayNode arrayOf(JsonNode value) {
        return NODES.arrayNode().add(value);
    }
}
