package io.gazette.common;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation the spec marks as secured, called by {anonymous, wrong key, author, editor, admin}.
 * Anonymous and wrong keys must get 401; a role the operation's x-roles leaves out must get 403; a role
 * it lists must get past authorization (anything but 401, 403 or 500: an empty body may well be a 400).
 * A new secured endpoint without x-roles fails here, and so does one whose rules differ from its spec.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> ROLES = List.of("author", "editor", "admin");
    /** Writes anyone may make; every other write must be secured. */
    private static final Set<String> PUBLIC_WRITES = Set.of("submitComment");

    @Test
    void everySecuredOperationAnswersEachCallerAsItsSpecSays() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String role : ROLES) {
            keys.put(role, TestData.key(role));
        }
        String wrongKey = TestData.alterCharacter(keys.get("editor"), keys.get("editor").length() - 5);
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString()).path("paths");
        List<String> defects = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = o.next();
                JsonNode operation = entry.getValue();
                String method = entry.getKey().toUpperCase();
                String where = method + " " + path.getKey();
                if (!operation.has("security")) {
                    if (!method.equals("GET") && !PUBLIC_WRITES.contains(operation.path("operationId").asText())) {
                        defects.add(where + ": a write that the spec leaves unsecured");
                    }
                    continue;
                }
                if (!operation.path("x-roles").isArray()) {
                    defects.add(where + ": no x-roles");
                    continue;
                }
                Set<String> allowed = new HashSet<>();
                operation.path("x-roles").forEach(r -> allowed.add(r.asText()));
                boolean body = operation.has("requestBody");

                expect(defects, where + " anonymous", call(given(), method, path.getKey(), keys.get("author"), body), 401);
                expect(defects, where + " wrong key", call(bearer(wrongKey), method, path.getKey(), keys.get("author"), body), 401);
                for (String role : ROLES) {
                    int status = call(bearer(keys.get(role)), method, path.getKey(), keys.get("author"), body);
                    if (allowed.contains(role)) {
                        if (status == 401 || status == 403 || status >= 500) {
                            defects.add(where + " " + role + ": allowed by x-roles but got " + status);
                        }
                    } else {
                        expect(defects, where + " " + role, status, 403);
                    }
                }
                checked.add(operation.path("operationId").asText());
            }
        }
        assertTrue(checked.size() >= 35, "only " + checked.size() + " secured operations found: " + checked);
        assertTrue(defects.isEmpty(), String.join("\n", defects));
    }

    private static void expect(List<String> defects, String what, int status, int expected) {
        if (status != expected) {
            defects.add(what + ": expected " + expected + " but got " + status);
        }
    }

    private static RequestSpecification bearer(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    /** Calls the operation on fresh data: an article the author key owns, and its own tag, author, comment and account. */
    private static int call(RequestSpecification request, String method, String template, String authorKey, boolean body) {
        String path = template;
        if (template.contains("{slug}") || template.contains("{translation}")) {
            String owned = TestData.article().draftAs(authorKey);
            path = path.replace("/articles/{slug}", "/articles/" + owned)
                    .replace("/authors/{slug}", "/authors/" + TestData.author())
                    .replace("/tags/{slug}", "/tags/" + TestData.tag())
                    .replace("{translation}", TestData.article().with("language", "es").draft());
        }
        if (template.contains("{id}")) {
            path = path.replace("{id}", String.valueOf(approvedComment()));
        }
        if (template.contains("{username}")) {
            String username = TestData.unique("matrix");
            editor().body(Map.of("username", username, "role", "author")).post("/api/v1/accounts").then().statusCode(201);
            int keyId = editor().body(Map.of()).post("/api/v1/accounts/" + username + "/keys").then().statusCode(201).extract().path("id");
            path = path.replace("{username}", username).replace("{keyId}", String.valueOf(keyId));
        }
        path = path.replace("{number}", "1").replace("{lang}", "es");
        request.header("If-Match", "*");
        if (body) {
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(method, path).statusCode();
    }

    private static int approvedComment() {
        String article = TestData.article().published();
        int id = TestData.anonymous().body(Map.of("name", "Reader", "email", TestData.unique("r") + "@readers.example", "body", "A thought"))
                .post("/api/v1/articles/" + article + "/comments").then().extract().path("id");
        editor().body(Map.of("status", "approved")).patch("/api/v1/comments/" + id).then().statusCode(200);
        return id;
    }
}
