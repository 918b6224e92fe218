package io.gazette.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedNullable;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Breaking-change guard (issue 12, item 5): clients generated from the last released spec
 * ({@code openapi/released/openapi.yaml}) must keep working against the committed one
 * ({@code openapi/openapi.yaml}), unless {@code info.version}'s major number went up.
 *
 * <p>The comparison is openapi-diff's (org.openapitools.openapidiff:openapi-diff-core). Two
 * things are ours, both small and both tested below:
 *
 * <ul>
 *   <li>{@link #downlevel}: openapi-diff 2.1.x only understands OpenAPI 3.0 schemas. On a 3.1
 *       spec it silently skips array items and type changes (its issues #528, #745), so a 3.1 spec
 *       (the released 1.0.0 was one; 2.0.0 is written as 3.0.3) is rewritten to the equivalent 3.0 form first ({@code type: [string, "null"]} becomes
 *       {@code type: string, nullable: true}, and so on). A 3.1 keyword with no 3.0 equivalent
 *       fails the test rather than being skipped.
 *   <li>{@link #breakingChanges}: walks openapi-diff's result and lists every change it classes as
 *       incompatible, plus four it classes as compatible that break our generated clients: a
 *       removed response property (even if it was optional), a removed request property (the
 *       server rejects unknown properties), a removed enum value (even in a response), and a
 *       value that may now be null in a response or may no longer be null in a request.
 * </ul>
 */
class SpecCompatibilityTest {

    static final Path RELEASED = Path.of("openapi/released/openapi.yaml");
    static final Path CURRENT = Path.of("openapi/openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    // ---------------------------------------------------------------- the guard

    @Test
    void committedSpecKeepsEveryPromiseOfTheReleasedOne() throws IOException {
        JsonNode released = YAML.readTree(Files.readString(RELEASED));
        JsonNode current = YAML.readTree(Files.readString(CURRENT));
        Verdict verdict = verdict(released, current);
        if (!verdict.breaking().isEmpty() && verdict.majorBumped()) {
            System.out.println("SpecCompatibilityTest: " + verdict.breaking().size()
                    + " breaking change(s) allowed by the major version bump " + verdict.released() + " -> " + verdict.current());
        }
        assertTrue(verdict.passes(), verdict.message());
    }

    // ---------------------------------------------------------------- proof that it can fail (edits of the released spec)

    @Test
    void aRemovedResponsePropertyIsBreaking() throws IOException {
        // ArticleCard is only reached through ArticlePage.items: an array of $ref, which openapi-diff misses on 3.1
        assertBreaking("GET /api/v1/articles", "response 200 application/json: items[].slug", "property removed",
                spec -> object(spec, "/components/schemas/ArticleCard/properties").remove("slug"));
    }

    @Test
    void aRemovedResponseEnumValueIsBreaking() throws IOException {
        // ArticleCard.dir is a response-only enum: openapi-diff alone calls this compatible
        assertBreaking("GET /api/v1/articles", "items[].dir", "enum value(s) removed: [rtl]",
                spec -> removeValue(array(spec, "/components/schemas/ArticleCard/properties/dir/enum"), "rtl"));
    }

    @Test
    void aRemovedRequestEnumValueIsBreaking() throws IOException {
        List<String> breaking = breakingAfter(spec -> removeValue(array(spec, "/components/schemas/Section/enum"), "review"));
        assertReported(breaking, "GET /api/v1/articles", "parameter query section", "enum value(s) removed: [review]");
        assertReported(breaking, "POST /api/v1/articles", "request body application/json: section", "enum value(s) removed: [review]");
    }

    @Test
    void aNewRequiredQueryParameterIsBreaking() throws IOException {
        assertBreaking("GET /api/v1/articles", "parameter query region", "new required parameter", spec -> {
            ObjectNode parameter = array(spec, "/paths/~1api~1v1~1articles/get/parameters").addObject();
            parameter.put("name", "region").put("in", "query").put("required", true).put("description", "Region");
            parameter.putObject("schema").put("type", "string");
        });
    }

    @Test
    void aParameterThatBecomesRequiredIsBreaking() throws IOException {
        assertBreaking("GET /api/v1/articles", "parameter query q", "now required",
                spec -> parameter(spec, "/paths/~1api~1v1~1articles/get/parameters", "q").put("required", true));
    }

    @Test
    void aRemovedParameterIsBreaking() throws IOException {
        assertBreaking("GET /api/v1/articles", "parameter query tagMatch", "parameter removed", spec -> {
            ArrayNode parameters = array(spec, "/paths/~1api~1v1~1articles/get/parameters");
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).path("name").asText().equals("tagMatch")) parameters.remove(i);
            }
        });
    }

    @Test
    void aRemovedOperationIsBreaking() throws IOException {
        assertBreaking("GET /api/v1/sections", "", "operation removed", spec -> object(spec, "/paths/~1api~1v1~1sections").remove("get"));
    }

    @Test
    void aChangedTypeIsBreaking() throws IOException {
        // int64 ids turned into strings, in a component reached through an array and in a nested object
        List<String> breaking = assertBreaking("GET /api/v1/articles", "items[].id", "type changed: integer/int64 -> string", spec -> {
            object(spec, "/components/schemas/ArticleCard/properties/id").put("type", "string").remove("format");
            object(spec, "/components/schemas/PageMeta/properties/totalItems").put("type", "string").remove("format");
        });
        assertReported(breaking, "GET /api/v1/articles", "meta.totalItems", "type changed");
    }

    @Test
    void aNewlyRequiredRequestPropertyIsBreaking() throws IOException {
        assertBreaking("POST /api/v1/articles", "request body application/json", "now required: [region]", spec -> {
            ObjectNode input = object(spec, "/components/schemas/ArticleInput");
            ((ObjectNode) input.get("properties")).putObject("region").put("type", "string");
            (input.has("required") ? (ArrayNode) input.get("required") : input.putArray("required")).add("region");
        });
    }

    @Test
    void aRemovedRequestPropertyIsBreaking() throws IOException {
        // the server rejects unknown properties (quarkus.jackson.fail-on-unknown-properties), so old clients would get 400
        assertBreaking("POST /api/v1/articles", "request body application/json: excerpt", "property removed",
                spec -> object(spec, "/components/schemas/ArticleInput/properties").remove("excerpt"));
    }

    @Test
    void aResponseValueThatMayNowBeNullIsBreaking() throws IOException {
        assertBreaking("GET /api/v1/articles", "items[].title", "may now be null",
                spec -> object(spec, "/components/schemas/ArticleCard/properties/title").put("nullable", true));
    }

    @Test
    void aRemovedResponseStatusIsBreaking() throws IOException {
        assertBreaking("GET /api/v1/sections", "response 200", "response removed",
                spec -> object(spec, "/paths/~1api~1v1~1sections/get/responses").remove("200"));
    }

    @Test
    void additionsAndNarrowerResponsesAreNotBreaking() throws IOException {
        List<String> breaking = breakingAfter(spec -> {
            // an optional response property, an optional request property, an optional parameter, a new operation
            object(spec, "/components/schemas/ArticleCard/properties").putObject("readingMinutes").put("type", "integer");
            object(spec, "/components/schemas/ArticleInput/properties").putObject("region").put("type", "string").put("nullable", true);
            ObjectNode parameter = array(spec, "/paths/~1api~1v1~1articles/get/parameters").addObject();
            parameter.put("name", "region").put("in", "query").put("description", "Region");
            parameter.putObject("schema").put("type", "string");
            ObjectNode operation = object(spec, "/paths").putObject("/api/v1/regions").putObject("get");
            operation.put("operationId", "listRegions").put("summary", "List the regions");
            operation.putObject("responses").putObject("200").put("description", "Every region")
                    .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/SectionPage");
            // a request value that may now be null, a request enum that accepts one more value
            object(spec, "/components/schemas/ArticleInput/properties/excerpt").put("nullable", true);
            array(spec, "/components/schemas/ArticleSort/enum").add("-title");
            // narrower responses: a free string that becomes an enum, a value that can no longer be null
            object(spec, "/components/schemas/ArticleCard/properties/language").putArray("enum").add("en").add("es").add("fa");
            object(spec, "/components/schemas/ArticleCard/properties/excerpt").remove("nullable");
        });
        assertEquals(List.of(), breaking, "additions and narrower responses must not count as breaking");
    }

    @Test
    void theReleasedSpecIsCompatibleWithItself() throws IOException {
        assertEquals(List.of(), breakingAfter(spec -> {}));
    }

    @Test
    void aBreakingChangeWithAMajorVersionBumpPasses() throws IOException {
        JsonNode released = YAML.readTree(Files.readString(RELEASED));
        JsonNode next = released.deepCopy();
        object(next, "/paths/~1api~1v1~1sections").remove("get");

        Verdict sameMajor = verdict(released, next);
        assertTrue(!sameMajor.passes() && sameMajor.message().contains("GET /api/v1/sections: operation removed"), sameMajor.message());

        int major = major(released.path("info").path("version").asText());
        object(next, "/info").put("version", (major + 1) + ".0.0");
        Verdict bumped = verdict(released, next);
        assertTrue(bumped.passes() && bumped.majorBumped() && !bumped.breaking().isEmpty(), bumped.message());

        object(next, "/info").put("version", major + ".9.0");
        assertTrue(!verdict(released, next).passes(), "a minor bump must not allow a breaking change");
    }

    @Test
    void downlevelKeepsWhatOpenApiDiffNeedsAndRefusesWhatItCannotCompare() {
        ObjectNode spec = (ObjectNode) parse("""
                openapi: 3.1.0
                info: {title: t, version: 1.0.0, license: {name: x, identifier: MIT}}
                paths: {}
                components:
                  schemas:
                    When: {type: string, examples: [2026-01-01T00:00:00Z]}
                    Thing:
                      type: object
                      properties:
                        name: {type: [string, "null"], examples: [a]}
                        tags: {type: [array, "null"], items: {type: string}}
                        at: {anyOf: [{$ref: "#/components/schemas/When"}, {type: "null"}]}
                        kind: {const: book}
                        count: {type: integer, exclusiveMinimum: 0}
                """);
        JsonNode down = downlevel(spec);
        assertEquals("3.0.3", down.path("openapi").asText());
        assertTrue(down.at("/info/license/identifier").isMissingNode());
        JsonNode thing = down.at("/components/schemas/Thing/properties");
        assertEquals(parse("{type: string, nullable: true}"), thing.get("name"));
        assertEquals(parse("{type: array, nullable: true, items: {type: string}}"), thing.get("tags"));
        assertEquals(parse("{type: string, nullable: true}"), thing.get("at"));
        assertEquals(parse("{enum: [book]}"), thing.get("kind"));
        assertEquals(parse("{type: integer, minimum: 0, exclusiveMinimum: true}"), thing.get("count"));

        ((ObjectNode) spec.at("/components/schemas/Thing/properties")).putObject("pair").putArray("prefixItems");
        try {
            downlevel(spec);
            fail("prefixItems has no OpenAPI 3.0 form: the guard must refuse rather than skip it");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("prefixItems"), expected.getMessage());
        }
    }

    // ---------------------------------------------------------------- test helpers

    private static List<String> breakingAfter(Consumer<ObjectNode> edit) throws IOException {
        JsonNode released = YAML.readTree(Files.readString(RELEASED));
        ObjectNode next = released.deepCopy();
        edit.accept(next);
        return breakingChanges(released, next);
    }

    /** Applies {@code edit} to a copy of the released spec and expects "operation: ...where...: ...what..." among the breaking changes. */
    private static List<String> assertBreaking(String operation, String where, String what, Consumer<ObjectNode> edit) throws IOException {
        List<String> breaking = breakingAfter(edit);
        assertReported(breaking, operation, where, what);
        return breaking;
    }

    private static void assertReported(List<String> breaking, String operation, String where, String what) {
        boolean found = breaking.stream()
                .anyMatch(line -> line.startsWith(operation + ": ") && line.contains(where) && line.contains(what));
        assertTrue(found, "expected \"" + operation + ": ..." + where + "...: " + what + "\" among the breaking changes:\n  "
                + String.join("\n  ", breaking));
    }

    private static ObjectNode object(JsonNode spec, String pointer) {
        JsonNode node = spec.at(pointer);
        assertTrue(node.isObject(), pointer + " is not in " + RELEASED + " any more: pick another target for this case");
        return (ObjectNode) node;
    }

    private static ArrayNode array(JsonNode spec, String pointer) {
        JsonNode node = spec.at(pointer);
        assertTrue(node.isArray(), pointer + " is not in " + RELEASED + " any more: pick another target for this case");
        return (ArrayNode) node;
    }

    private static ObjectNode parameter(JsonNode spec, String pointer, String name) {
        for (JsonNode parameter : array(spec, pointer)) {
            if (parameter.path("name").asText().equals(name)) return (ObjectNode) parameter;
        }
        throw new AssertionError("no parameter " + name + " at " + pointer + " in " + RELEASED);
    }

    private static void removeValue(ArrayNode values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).asText().equals(value)) {
                values.remove(i);
                return;
            }
        }
        throw new AssertionError(value + " is not in " + values + " in " + RELEASED + ": pick another target for this case");
    }

    private static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---------------------------------------------------------------- verdict

    record Verdict(String released, String current, List<String> breaking) {
        boolean majorBumped() {
            return major(current) > major(released);
        }

        boolean passes() {
            return breaking.isEmpty() || majorBumped();
        }

        String message() {
            return CURRENT + " (info.version " + current + ") breaks clients generated from " + RELEASED + " (" + released + "):\n  "
                    + String.join("\n  ", breaking)
                    + "\nEither keep the old contract (add, do not remove or narrow), or make it a new major version: set info.version to "
                    + (major(released) + 1) + ".0.0 (@OpenAPIDefinition info in common/openapi/GazetteApi.java), regenerate openapi/,"
                    + " and at the release copy openapi/openapi.yaml to openapi/released/openapi.yaml (see openapi/released/README.md).";
        }
    }

    static Verdict verdict(JsonNode released, JsonNode current) {
        return new Verdict(released.path("info").path("version").asText(), current.path("info").path("version").asText(),
                breakingChanges(released, current));
    }

    static int major(String version) {
        Matcher m = Pattern.compile("^v?(\\d+)").matcher(version.trim());
        if (!m.find()) throw new IllegalArgumentException("info.version " + version + " does not start with a major number");
        return Integer.parseInt(m.group(1));
    }

    // ---------------------------------------------------------------- the comparison: openapi-diff, and a list of what breaks

    static List<String> breakingChanges(JsonNode released, JsonNode current) {
        OpenApiDiffOptions options = OpenApiDiffOptions.builder()
                // off by default in openapi-diff; on here because generated clients name their methods after operationIds
                .configProperty(BackwardIncompatibleProp.OPERATION_ID_CHANGED.getPropertyName(), "true")
                // a longer minimum length rejects requests that used to be accepted
                .configProperty(BackwardIncompatibleProp.REQUEST_MIN_LENGTH_INCREASED.getPropertyName(), "true")
                // a wider range in a response breaks clients that validate or size their types
                .configProperty(BackwardIncompatibleProp.RESPONSE_NUMERIC_RANGE_INCREASED.getPropertyName(), "true")
                .build();
        ChangedOpenApi diff =
                OpenApiCompare.fromSpecifications(parse(released, "the released spec"), parse(current, "the current spec"), options);
        Breaking found = new Breaking();
        for (Endpoint missing : diff.getMissingEndpoints()) {
            found.add(missing.getMethod() + " " + missing.getPathUrl(), "", "operation removed");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            found.operation(operation);
        }
        if (diff.isIncompatible() && found.lines.isEmpty() && found.waived == 0) {
            found.lines.add("openapi-diff reports an incompatible change that this test does not itemize:\n" + render(diff));
        }
        return found.lines;
    }

    /** As OpenApiCompare.fromContents reads a spec, but a parser message fails the test: what it cannot read it would not compare. */
    private static OpenAPI parse(JsonNode spec, String name) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result;
        try {
            result = new OpenAPIParser().readContents(JSON.writeValueAsString(downlevel(spec)), null, options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        if (result.getOpenAPI() == null || !messages.isEmpty()) {
            throw new IllegalStateException(name + ", in the OpenAPI 3.0 form openapi-diff compares, does not parse cleanly: " + messages
                    + ". Teach SpecCompatibilityTest.downlevel the construct, or openapi-diff would skip it silently");
        }
        return result.getOpenAPI();
    }

    private static String render(ChangedOpenApi diff) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStreamWriter writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Walks openapi-diff's result and names every change that breaks a client: "METHOD /path: where: what". */
    private static final class Breaking {
        final List<String> lines = new ArrayList<>();
        int waived;
        private String operation;
        private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        void add(String operation, String where, String what) {
            String line = operation + ": " + (where.isEmpty() ? "" : where + ": ") + what;
            if (!lines.contains(line)) lines.add(line);
        }

        void add(String where, String what) {
            add(operation, where, what);
        }

        void operation(ChangedOperation changed) {
            operation = changed.getHttpMethod() + " " + changed.getPathUrl();
            int before = lines.size();
            int waivedBefore = waived;
            if (incompatible(changed.getOperationId())) {
                add("", "operationId renamed " + changed.getOperationId().getLeft() + " -> " + changed.getOperationId().getRight()
                        + " (generated clients' method names change)");
            }
            parameters(changed.getParameters());
            requestBody(changed.getRequestBody());
            responses(changed.getApiResponses());
            if (Changed.result(changed.getSecurityRequirements()) == DiffResult.INCOMPATIBLE) {
                add("", "security requirements or schemes changed");
            }
            if (changed.isChanged() == DiffResult.INCOMPATIBLE && lines.size() == before && waived == waivedBefore) {
                List<String> in = changed.getChangedElements().stream()
                        .filter(element -> Changed.result(element) == DiffResult.INCOMPATIBLE)
                        .map(element -> element.getClass().getSimpleName()).toList();
                add("", "openapi-diff reports an incompatible change in " + in + " that this test does not itemize");
            }
        }

        private void parameters(ChangedParameters parameters) {
            if (parameters == null) return;
            for (Parameter missing : parameters.getMissing()) {
                add("parameter " + missing.getIn() + " " + missing.getName(), "parameter removed");
            }
            for (Parameter added : parameters.getIncreased()) {
                if (Boolean.TRUE.equals(added.getRequired())) {
                    add("parameter " + added.getIn() + " " + added.getName(), "new required parameter");
                }
            }
            for (ChangedParameter changed : parameters.getChanged()) {
                String where = "parameter " + changed.getIn() + " " + changed.getName();
                if (changed.isChangeRequired() && Boolean.TRUE.equals(changed.getNewParameter().getRequired())) {
                    add(where, "now required");
                }
                if (changed.isChangeStyle() || changed.isChangeExplode() || changed.isChangeAllowEmptyValue()) {
                    if (incompatible(changed)) add(where, "serialization changed (style, explode or allowEmptyValue)");
                }
                schema(changed.getSchema(), where);
                content(changed.getContent(), where);
            }
        }

        private void requestBody(ChangedRequestBody body) {
            if (body == null) return;
            boolean requiredNow = body.getNewRequestBody() != null && Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
            if (body.isChangeRequired() && requiredNow) {
                add("request body", "now required");
            }
            content(body.getContent(), "request body");
        }

        private void responses(ChangedApiResponse responses) {
            if (responses == null) return;
            for (String status : responses.getMissing().keySet()) {
                add("response " + status, "response removed");
            }
            for (Map.Entry<String, ChangedResponse> entry : responses.getChanged().entrySet()) {
                String where = "response " + entry.getKey();
                ChangedResponse response = entry.getValue();
                if (response.getHeaders() != null) {
                    for (String header : response.getHeaders().getMissing().keySet()) {
                        add(where + " header " + header, "header removed");
                    }
                    for (Map.Entry<String, ChangedHeader> header : response.getHeaders().getChanged().entrySet()) {
                        String at = where + " header " + header.getKey();
                        if (incompatible(header.getValue()) && (header.getValue().isRequired() || header.getValue().isExplode())) {
                            add(at, "required or explode changed");
                        }
                        schema(header.getValue().getSchema(), at);
                        content(header.getValue().getContent(), at);
                    }
                }
                content(response.getContent(), where);
            }
        }

        private void content(ChangedContent content, String where) {
            if (content == null) return;
            for (String mediaType : content.getMissing().keySet()) {
                add(where + " " + mediaType, "media type removed");
            }
            for (Map.Entry<String, ChangedMediaType> entry : content.getChanged().entrySet()) {
                schema(entry.getValue().getSchema(), where + " " + entry.getKey());
            }
        }

        private void schema(ChangedSchema schema, String where) {
            schema(schema, where, "");
        }

        /** {@code base} names the parameter, header or body; {@code path} the place inside its schema, e.g. items[].slug. */
        private void schema(ChangedSchema schema, String base, String path) {
            if (schema == null || !seen.add(schema)) return;
            try {
                schemaOnce(schema, base, path);
            } finally {
                seen.remove(schema);
            }
        }

        private static String at(String base, String path) {
            return path.isEmpty() ? base : base + ": " + path;
        }

        private static String child(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private void schemaOnce(ChangedSchema schema, String base, String path) {
            String where = at(base, path);
            boolean request = schema.getContext() != null && schema.getContext().isRequest();
            boolean response = schema.getContext() != null && schema.getContext().isResponse();
            if (schema.isChangedType() && incompatible(schema)) {
                add(where, "type changed: " + typeOf(schema.getOldSchema()) + " -> " + typeOf(schema.getNewSchema()));
                return;
            }
            if (schema.isDiscriminatorPropertyChanged()) {
                add(where, "discriminator changed");
            }
            for (String property : schema.getMissingProperties().keySet()) {
                // openapi-diff only minds a removed response property that was required (our clients declare every property)
                // and never a removed request property (the server rejects unknown ones)
                add(at(base, child(path, property)), "property removed");
            }
            if (incompatible(schema.getRequired())) {
                if (request) add(where, "now required: " + schema.getRequired().getIncreased());
                if (response) add(where, "no longer always present: " + schema.getRequired().getMissing());
            }
            enumeration(schema.getEnumeration(), where, request, response);
            ChangedNullable nullable = schema.getNullable();
            if (nullable != null && nullable.isChanged() != DiffResult.NO_CHANGES) {
                boolean was = Boolean.TRUE.equals(nullable.getLeft());
                if (response && !was) add(where, "may now be null");
                if (request && was) add(where, "may no longer be null");
            }
            for (Changed limit : new Changed[] {schema.getMaxLength(), schema.getMinLength(), schema.getNumericRange(),
                    schema.getMultipleOf(), schema.getMaxItems(), schema.getMinItems(), schema.getUniqueItems(), schema.getPattern(),
                    schema.getReadOnly(), schema.getWriteOnly(), schema.getMaxProperties(), schema.getMinProperties()}) {
                if (incompatible(limit)) add(where, "constraint changed: " + describe(limit));
            }
            ChangedOneOfSchema oneOf = schema.getOneOfSchema();
            if (oneOf != null) {
                if (incompatible(oneOf)) {
                    add(where, request ? "oneOf alternatives removed: " + oneOf.getMissing().keySet()
                            : "oneOf alternatives added to a response: " + oneOf.getIncreased().keySet());
                }
                for (Map.Entry<String, ChangedSchema> alternative : oneOf.getChanged().entrySet()) {
                    schema(alternative.getValue(), base, path + "(" + alternative.getKey() + ")");
                }
            }
            schema(schema.getItems(), base, path + "[]");
            for (Map.Entry<String, ChangedSchema> property : schema.getChangedProperties().entrySet()) {
                schema(property.getValue(), base, child(path, property.getKey()));
            }
            schema(schema.getAddProp(), base, path + "{*}");
        }

        private void enumeration(ChangedEnum<?> values, String where, boolean request, boolean response) {
            if (values == null || values.isChanged() == DiffResult.NO_CHANGES) return;
            if (!values.getMissing().isEmpty() && !values.getNewValue().isEmpty()) {
                // openapi-diff minds removals only in requests; in a response they break code written against the old union type
                add(where, "enum value(s) removed: " + values.getMissing());
            }
            if (request && values.getOldValue().isEmpty() && !values.getNewValue().isEmpty()) {
                add(where, "now restricted to " + values.getNewValue());
            }
            if (response && !values.getIncreased().isEmpty()) {
                if (values.getOldValue().isEmpty()) {
                    waived++; // a free string that becomes an enum narrows a response: openapi-diff sees "values added"
                } else if (values.isChanged() == DiffResult.INCOMPATIBLE) {
                    add(where, "enum value(s) added to a response: " + values.getIncreased());
                }
            }
        }

        /** openapi-diff's verdict on this change itself; for a composed change, leaving out the changes inside it. */
        private static boolean incompatible(Changed changed) {
            if (changed instanceof ComposedChanged composed) return composed.isCoreChanged() == DiffResult.INCOMPATIBLE;
            return changed != null && changed.isChanged() == DiffResult.INCOMPATIBLE;
        }

        private static String typeOf(io.swagger.v3.oas.models.media.Schema<?> schema) {
            if (schema == null) return "nothing";
            if (schema instanceof io.swagger.v3.oas.models.media.ComposedSchema composed && composed.getOneOf() != null) return "oneOf";
            String type = Objects.toString(schema.getType(), schema.get$ref() != null ? schema.get$ref() : "any");
            return schema.getFormat() == null ? type : type + "/" + schema.getFormat();
        }

        private static String describe(Changed limit) {
            String name = limit.getClass().getSimpleName().replaceFirst("^Changed", "");
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
    }

    // ---------------------------------------------------------------- OpenAPI 3.1 -> 3.0, so that openapi-diff sees every schema

    private static final List<String> NO_3_0_FORM = List.of("prefixItems", "if", "then", "else", "dependentRequired",
            "dependentSchemas", "patternProperties", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "contains",
            "minContains", "maxContains", "$defs", "$dynamicRef", "contentSchema");

    /** The same contract in OpenAPI 3.0 form; fails on a 3.1 construct that has none. A 3.0 spec is returned as it is. */
    static JsonNode downlevel(JsonNode spec) {
        ObjectNode copy = spec.deepCopy();
        if (!copy.path("openapi").asText().startsWith("3.1")) return copy;
        copy.put("openapi", "3.0.3");
        copy.remove("jsonSchemaDialect");
        for (String unsupported : List.of("webhooks")) {
            if (copy.has(unsupported)) throw cannot(unsupported, "#");
        }
        if (copy.at("/components/pathItems").isObject()) throw cannot("components.pathItems", "#/components");
        JsonNode info = copy.path("info");
        if (info.isObject()) {
            ((ObjectNode) info).remove("summary");
            if (info.path("license").isObject()) ((ObjectNode) info.get("license")).remove("identifier");
        }
        JsonNode schemas = copy.at("/components/schemas");
        if (schemas.isObject()) {
            for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
                schema(entry.getValue(), "#/components/schemas/" + entry.getKey(), copy);
            }
        }
        for (Map.Entry<String, JsonNode> entry : copy.properties()) {
            if (!entry.getKey().equals("components")) nonSchema(entry.getValue(), "#/" + entry.getKey(), copy);
        }
        for (Map.Entry<String, JsonNode> entry : copy.path("components").properties()) {
            if (!entry.getKey().equals("schemas")) nonSchema(entry.getValue(), "#/components/" + entry.getKey(), copy);
        }
        return copy;
    }

    /** Outside schemas: every "schema" member is a schema; examples are payloads, left alone. */
    private static void nonSchema(JsonNode node, String where, ObjectNode spec) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) nonSchema(node.get(i), where + "/" + i, spec);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String key = entry.getKey();
                if (key.equals("example") || key.equals("examples")) continue;
                if (key.equals("schema")) {
                    schema(entry.getValue(), where + "/schema", spec);
                } else {
                    nonSchema(entry.getValue(), where + "/" + key, spec);
                }
            }
        }
    }

    private static void schema(JsonNode node, String where, ObjectNode spec) {
        if (!node.isObject()) return; // true/false schemas (additionalProperties: false) are the same in 3.0
        ObjectNode schema = (ObjectNode) node;
        for (String keyword : NO_3_0_FORM) {
            if (schema.has(keyword)) throw cannot(keyword, where);
        }
        if (schema.path("examples").isArray()) {
            schema.remove("examples"); // 3.1 schema examples: documentation, not contract
        }
        if (schema.has("const")) {
            schema.putArray("enum").add(schema.remove("const"));
        }
        for (String bound : List.of("Minimum", "Maximum")) {
            JsonNode exclusive = schema.get("exclusive" + bound);
            if (exclusive != null && exclusive.isNumber()) {
                schema.set(bound.toLowerCase(), exclusive);
                schema.put("exclusive" + bound, true);
            }
        }
        boolean nullable = false;
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            nullable = types.remove("null");
            if (types.size() > 1) throw cannot("type " + type, where);
            if (types.isEmpty()) schema.remove("type");
            else schema.put("type", types.get(0));
        }
        if (schema.path("enum").isArray()) {
            ArrayNode values = (ArrayNode) schema.get("enum");
            for (int i = values.size() - 1; i >= 0; i--) {
                if (values.get(i).isNull()) {
                    values.remove(i);
                    nullable = true;
                }
            }
        }
        for (String combiner : List.of("anyOf", "oneOf")) {
            JsonNode alternatives = schema.get(combiner);
            if (alternatives == null || !alternatives.isArray()) continue;
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            for (JsonNode alternative : alternatives) {
                if (alternative.path("type").asText().equals("null") && alternative.size() == 1) nullable = true;
                else kept.add(alternative);
            }
            if (kept.size() == alternatives.size()) continue;
            schema.remove(combiner);
            if (kept.size() == 1) {
                inline(schema, kept.get(0), spec, where, nullable); // anyOf: [X, null] -> X, nullable
                return;
            } else if (!kept.isEmpty()) {
                schema.set(combiner, kept);
            }
        }
        if (schema.has("$ref")) {
            if (nullable) {
                JsonNode target = schema.remove("$ref");
                inline(schema, JsonNodeFactory.instance.objectNode().set("$ref", target), spec, where, true);
                return;
            } else {
                // 3.0 ignores a $ref's siblings; drop them so that nothing depends on how a parser treats them
                schema.retain("$ref");
                return;
            }
        }
        if (nullable) schema.put("nullable", true);
        if (schema.path("properties").isObject()) {
            for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                schema(property.getValue(), where + "/properties/" + property.getKey(), spec);
            }
        }
        for (String child : List.of("items", "additionalProperties", "not")) {
            if (schema.has(child)) schema(schema.get(child), where + "/" + child, spec);
        }
        for (String combiner : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode alternatives = schema.get(combiner);
            if (alternatives != null && alternatives.isArray()) {
                for (int i = 0; i < alternatives.size(); i++) schema(alternatives.get(i), where + "/" + combiner + "/" + i, spec);
            }
        }
    }

    /**
     * Puts what {@code alternative} says into {@code schema}. A {@code $ref} is copied in (one level), because in 3.0 a
     * {@code $ref} cannot carry {@code nullable}, and {@code allOf: [$ref]} would read as a change of type to openapi-diff.
     */
    private static void inline(ObjectNode schema, JsonNode alternative, ObjectNode spec, String where, boolean nullable) {
        JsonNode source = alternative;
        if (alternative.has("$ref")) {
            String ref = alternative.get("$ref").asText();
            if (!ref.startsWith("#/")) throw cannot("external $ref " + ref, "#");
            source = spec.at(ref.substring(1));
            if (!source.isObject()) throw new IllegalStateException("unresolved $ref " + ref);
        }
        String description = schema.path("description").asText(null);
        schema.setAll((ObjectNode) source.deepCopy());
        if (description != null) schema.put("description", description);
        schema(schema, where, spec); // the copy may still be in 3.1 form
        if (nullable) schema.put("nullable", true);
    }

    private static IllegalStateException cannot(String what, String where) {
        return new IllegalStateException(where + " uses " + what + ", which has no OpenAPI 3.0 form and which openapi-diff cannot compare:"
                + " teach SpecCompatibilityTest.downlevel to express it, or it would be skipped silently");
    }
}
