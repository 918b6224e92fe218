package io.gazette.account;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static io.gazette.support.TestData.withoutIfMatch;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountApiTest {

    @Test
    void adminIssuesAKeyThatIsShownOnceAndWorks() {
        String username = unique("writer");
        editor().body(Map.of("username", username, "displayName", "A Writer", "role", "author")).post("/api/v1/accounts")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/accounts/" + username))
                .body("role", equalTo("author"))
                .body("keys", equalTo(List.of()));
        String key = editor().body(Map.of("label", "laptop")).post("/api/v1/accounts/" + username + "/keys")
                .then().statusCode(201)
                .body("key", startsWith("gz_"))
                .body("username", equalTo(username))
                .extract().path("key");
        String prefix = key.substring(3, 13);

        withoutIfMatch(key).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(username))
                .body("roles", equalTo(List.of("author")));
        String listed = editor().get("/api/v1/accounts/" + username)
                .then().statusCode(200)
                .body("keys[0].prefix", equalTo(prefix))
                .body("keys[0].label", equalTo("laptop"))
                .body("keys[0].lastUsedAt", notNullValue())
                .body("keys[0].revokedAt", nullValue())
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(listed.contains(key.substring(14)), "the secret must never be listed");
        editor().queryParam("size", 100).get("/api/v1/accounts").then().statusCode(200)
                .body("items.username", hasItem(username))
                .body(not(containsString(key.substring(14))));
    }

    @Test
    void revokedKeysStopWorkingAtOnce() {
        String username = unique("gone");
        editor().body(Map.of("username", username, "role", "editor")).post("/api/v1/accounts").then().statusCode(201);
        io.restassured.response.Response issued = editor().body(Map.of()).post("/api/v1/accounts/" + username + "/keys");
        String key = issued.path("key");
        long id = ((Number) issued.path("id")).longValue();
        withoutIfMatch(key).get("/api/v1/me").then().statusCode(200).body("roles", equalTo(List.of("editor")));

        editor().delete("/api/v1/accounts/" + username + "/keys/" + id).then().statusCode(200).body("revokedAt", notNullValue());
        withoutIfMatch(key).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        withoutIfMatch(key).get("/api/v1/articles").then().statusCode(401);
        editor().delete("/api/v1/accounts/" + username + "/keys/" + (id + 100000)).then().statusCode(404);
    }

    @Test
    void onlyAdminsManageAccounts() {
        String editorKey = TestData.key("editor");
        String authorKey = TestData.key("author");
        Map<String, String> account = Map.of("username", unique("x"), "role", "admin");
        withoutIfMatch(editorKey).body(account).post("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json");
        withoutIfMatch(authorKey).body(account).post("/api/v1/accounts").then().statusCode(403);
        withoutIfMatch(editorKey).get("/api/v1/accounts").then().statusCode(403);
        anonymous().get("/api/v1/accounts").then().statusCode(401);
        anonymous().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void adminKeysCanManageAccounts() {
        String adminKey = TestData.key("admin");
        withoutIfMatch(adminKey).get("/api/v1/me").then().statusCode(200).body("roles", equalTo(List.of("admin", "editor")));
        withoutIfMatch(adminKey).body(Map.of("username", unique("made-by-key"), "role", "author")).post("/api/v1/accounts")
                .then().statusCode(201);
    }

    @Test
    void aNewRoleAppliesToTheAccountsKeysAtOnce() {
        String username = unique("promoted");
        editor().body(Map.of("username", username, "role", "author")).post("/api/v1/accounts").then().statusCode(201);
        String key = editor().body(Map.of()).post("/api/v1/accounts/" + username + "/keys").path("key");
        String draft = TestData.article().draft();
        withoutIfMatch(key).post("/api/v1/articles/" + draft + "/publish").then().statusCode(403);

        editor().body(Map.of("role", "editor", "displayName", "Promoted")).patch("/api/v1/accounts/" + username)
                .then().statusCode(200).body("role", equalTo("editor")).body("displayName", equalTo("Promoted"));
        withoutIfMatch(key).post("/api/v1/articles/" + draft + "/publish").then().statusCode(200);
        editor().body(Map.of("role", "owner")).patch("/api/v1/accounts/" + username)
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        editor().body(Map.of("displayName", "")).patch("/api/v1/accounts/" + username)
                .then().statusCode(200).body("displayName", nullValue()).body("role", equalTo("editor"));
        editor().body(Map.of("role", "admin")).patch("/api/v1/accounts/" + unique("nobody")).then().statusCode(404);
    }

    @Test
    void badAccountInputIsNamed() {
        editor().body(Map.of("username", "Not Valid!", "role", "editor")).post("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("username"));
        editor().body(Map.of("username", unique("r"), "role", "owner")).post("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        editor().body(Map.of("username", unique("r"))).post("/api/v1/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        editor().body(Map.of("username", "admin", "role", "editor")).post("/api/v1/accounts").then().statusCode(409);
        String taken = unique("taken");
        editor().body(Map.of("username", taken, "role", "editor")).post("/api/v1/accounts").then().statusCode(201);
        editor().body(Map.of("username", taken, "role", "author")).post("/api/v1/accounts").then().statusCode(409);
        editor().body(Map.of("label", "x".repeat(101))).post("/api/v1/accounts/" + taken + "/keys")
                .then().statusCode(400).body("errors[0].field", equalTo("label"));
        editor().body(Map.of()).post("/api/v1/accounts/" + unique("nobody") + "/keys").then().statusCode(404);
        editor().get("/api/v1/accounts/" + unique("nobody")).then().statusCode(404);
    }

    @Test
    void forgedKeysAreRejected() {
        String key = TestData.key("editor");
        withoutIfMatch(TestData.alterCharacter(key, key.length() - 5)).get("/api/v1/me").then().statusCode(401);
        withoutIfMatch("gz_aaaaaaaaaa_" + "A".repeat(43)).get("/api/v1/me").then().statusCode(401);
        withoutIfMatch("gz_").get("/api/v1/articles").then().statusCode(401);
    }
}
