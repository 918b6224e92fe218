package io.gazette.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.SpecOperations;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
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
        List<String> defects = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (SpecOperations.Operation operation : SpecOperations.served().operations()) {
            String method = operation.method();
            String where = operation.where();
            if (!operation.secured()) {
                if (!method.equals("GET") && !PUBLIC_WRITES.contains(operation.operationId())) {
                    defects.add(where + ": a write that the spec leaves unsecured");
                }
                continue;
            }
            if (!operation.hasRoles()) {
                defects.add(where + ": no x-roles");
                continue;
            }
            Set<String> allowed = operation.roles();
            boolean body = operation.hasBody();

            expect(defects, where + " anonymous", call(given(), method, operation.path(), keys.get("author"), body), 401);
            expect(defects, where + " wrong key", call(bearer(wrongKey), method, operation.path(), keys.get("author"), body), 401);
            for (String role : ROLES) {
                int status = call(bearer(keys.get(role)), method, operation.path(), keys.get("author"), body);
                if (allowed.contains(role)) {
                    if (status == 401 || status == 403 || status >= 500) {
                        defects.add(where + " " + role + ": allowed by x-roles but got " + status);
                    }
                } else {
                    expect(defects, where + " " + role, status, 403);
                }
            }
            checked.add(operation.operationId());
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
        String path = SpecOperations.freshPath(template, authorKey);
        request.header("If-Match", "*");
        if (body) {
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(method, path).statusCode();
    }
}
