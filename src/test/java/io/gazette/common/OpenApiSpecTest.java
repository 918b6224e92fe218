package io.gazette.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.gazette.support.SpecOperations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed spec is what front-end teams generate clients from: it must equal the generated one. */
@QuarkusTest
class OpenApiSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String REGENERATE = "openapi/ differs from the generated spec: run ./mvnw package -DskipTests and commit openapi/";

    private static JsonNode served() throws IOException {
        return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void committedJsonEqualsGeneratedSpec() throws IOException {
        JsonNode committed = JSON.readTree(Files.readString(Path.of("openapi/openapi.json")));
        assertEquals(served(), committed, REGENERATE);
    }

    @Test
    void committedYamlEqualsGeneratedSpec() throws IOException {
        JsonNode committed = YAML.readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        assertEquals(served(), committed, REGENERATE);
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        List<String> defects = new ArrayList<>();
        JsonNode spec = served();
        JsonNode paths = spec.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> op = o.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (operation.path("operationId").asText().isEmpty()) defects.add(where + ": no operationId");
                if (operation.path("summary").asText().isEmpty()) defects.add(where + ": no summary");
                if (operation.path("tags").isEmpty()) defects.add(where + ": no tag");
                if (!operation.path("responses").has("401")) defects.add(where + ": no 401");
                boolean secured = SpecOperations.requiresCredentials(operation);
                if (!operation.has("security")) defects.add(where + ": no security (public reads list {} and bearer)");
                if (secured && !operation.path("x-roles").isArray()) defects.add(where + ": secured without x-roles");
                if (secured && !operation.path("responses").has("403")) defects.add(where + ": secured without 403");
                for (Iterator<Map.Entry<String, JsonNode>> r = operation.path("responses").fields(); r.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = r.next();
                    JsonNode described = resolved(spec, response.getValue());
                    boolean empty = response.getKey().equals("204") || response.getKey().equals("304");
                    if (!empty && described.path("content").isEmpty()) {
                        defects.add(where + ": response " + response.getKey() + " has no schema");
                    }
                    if (response.getKey().matches("[45]..") && !described.path("content").has("application/problem+json")) {
                        defects.add(where + ": response " + response.getKey() + " is not a problem");
                    }
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("description").asText().isEmpty()) {
                        defects.add(where + ": parameter " + parameter.path("name").asText() + " has no description");
                    }
                }
            }
        }
        assertTrue(defects.isEmpty(), String.join("\n", defects));
    }

    /** A response given as a $ref to components.responses, or in place. */
    private static JsonNode resolved(JsonNode spec, JsonNode response) {
        String ref = response.path("$ref").asText();
        return ref.isEmpty() ? response : spec.at(ref.substring(1));
    }

    @Test
    void everySchemaHasAnExample() throws IOException {
        List<String> missing = new ArrayList<>();
        JsonNode schemas = served().path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> s = schemas.fields(); s.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = s.next();
            JsonNode node = schema.getValue();
            if (node.has("example") || node.has("examples") || node.has("enum")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = node.path("properties").fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> property = f.next();
                JsonNode value = property.getValue();
                boolean described = value.has("example") || value.has("examples") || value.has("$ref") || value.has("allOf") || value.has("oneOf") || value.has("anyOf")
                        || value.path("type").asText().equals("array");
                if (!described) {
                    missing.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        assertTrue(missing.isEmpty(), "properties without example: " + missing);
    }
}
