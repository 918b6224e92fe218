package io.gazette.comment;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.support.SpecOperations;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Commenters' emails and addresses never reach a reader: comments in every status are written with
 * unique emails, then every public GET of the spec is crawled (with every include, a search for the
 * email, and error paths) and no body or header may contain an email, the address or its hash.
 * Previews count as public: neither they nor any other public read may show an article's owner, its
 * schedule times (nor the staff-only fields that carry them) or an edition that is not published.
 */
@QuarkusTest
class PrivacyTest {

    @Test
    void noPublicResponseCarriesAnEmailOrAddress() throws Exception {
        String tag = TestData.tag();
        String author = TestData.author();
        String owner = unique("owner-secret");
        editor().body(Map.of("username", owner, "role", "author")).post("/api/v1/accounts").then().statusCode(201);
        String ownerKey = editor().body(Map.of("label", "tests")).post("/api/v1/accounts/" + owner + "/keys")
                .then().statusCode(201).extract().path("key");
        String article = TestData.article().tag(tag).author(author).draftAs(ownerKey);
        schedule(article, Map.of("status", "published", "unpublishAt", "2099-06-15T07:31:00Z"));
        TestData.article().tag(tag).author(author).published();
        String scheduled = TestData.article().with("language", "es").tag(tag).author(author).draftAs(ownerKey);
        schedule(scheduled, Map.of("status", "scheduled", "publishAt", "2098-04-02T05:17:00Z", "unpublishAt", "2098-05-03T04:19:00Z"));
        String hiddenEdition = TestData.article().with("slug", unique("hidden-edition")).with("language", "fa").tag(tag).author(author).draftAs(ownerKey);
        editor().put("/api/v1/articles/" + article + "/translations/" + scheduled).then().statusCode(200);
        editor().put("/api/v1/articles/" + article + "/translations/" + hiddenEdition).then().statusCode(200);
        List<String> secrets = new ArrayList<>();
        int approved = 0;
        for (String status : List.of("approved", "pending", "spam", "rejected")) {
            String email = unique("secret-" + status) + "@private.example";
            secrets.add(email);
            secrets.add(email.substring(0, email.indexOf('@')));
            int id = anonymous().body(Map.of("name", "Reader", "email", email, "body", "Mail me at the address I gave"))
                    .post("/api/v1/articles/" + article + "/comments").then().statusCode(202).extract().path("id");
            editor().body(Map.of("status", status)).patch("/api/v1/comments/" + id).then().statusCode(200);
            if (status.equals("approved")) {
                approved = id;
            }
        }
        editor().body(Map.of("body", "Staff answer")).post("/api/v1/comments/" + approved + "/replies").then().statusCode(201);
        String addressHash = editor().queryParam("article", article).get("/api/v1/comments").then().extract().path("items[0].addressHash");
        secrets.add(addressHash);
        secrets.add("127.0.0.1");
        secrets.add(author + "@authors.example");
        secrets.addAll(List.of(owner, "2099-06-15T07:31:00Z", "2098-04-02T05:17:00Z", "2098-05-03T04:19:00Z", hiddenEdition,
                "\"owner\"", "\"publishAt\"", "\"unpublishAt\""));

        TestData.siteUrl();
        String previewToken = editor().post("/api/v1/articles/" + article + "/preview-links").then().statusCode(201).extract().path("token");
        List<String> urls = new ArrayList<>();
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode() || SpecOperations.requiresCredentials(get)) {
                continue;
            }
            String url = path.getKey()
                    .replace("/authors/{slug}", "/authors/" + author)
                    .replace("/tags/{slug}", "/tags/" + tag)
                    .replace("{token}", previewToken)
                    .replace("{slug}", article)
                    .replace("{section}", "opinion")
                    .replace("{page}", "1");
            if (url.contains("{lang}")) {
                // Feeds and sitemaps: each language the test wrote in (drafts and scheduled editions among them), each format
                for (String language : List.of("en", "es", "fa")) {
                    for (String format : List.of("rss", "atom", "json")) {
                        urls.add(url.replace("{lang}", language).replace("{format}", format));
                    }
                }
                continue;
            }
            urls.add(url);
            urls.add(url + (url.contains("?") ? "&" : "?") + "size=100");
        }
        urls.add("/api/v1/articles?include=body,authors.bio,tags.description&size=100");
        urls.add("/api/v1/articles?q=" + secrets.get(1));
        given().queryParam("q", secrets.get(1)).get("/api/v1/articles").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        urls.add("/api/v1/articles?q=address&include=body");
        urls.add("/api/v1/articles/" + article + "/comments?unknown=" + secrets.get(0));
        urls.add("/api/v1/nowhere");
        String scheduledPreview = editor().post("/api/v1/articles/" + scheduled + "/preview-links").then().statusCode(201).extract().path("path");
        urls.add(scheduledPreview);
        // A preview that fails would show nothing and pass; both must really show their article.
        given().get("/api/v1/previews/" + previewToken).then().statusCode(200).body("slug", org.hamcrest.Matchers.equalTo(article));
        given().get(scheduledPreview).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("scheduled"));

        List<String> leaks = new ArrayList<>();
        for (String url : urls) {
            Response response = given().get(url);
            StringBuilder seen = new StringBuilder(response.asString());
            for (Header header : response.headers()) {
                seen.append('\n').append(header.getName()).append(": ").append(header.getValue());
            }
            for (String secret : secrets) {
                // A response may echo what the request itself sent (a Link header repeats q=); that is no leak.
                if (!url.contains(secret) && seen.toString().contains(secret)) {
                    leaks.add(url + " shows " + secret);
                }
            }
        }
        assertTrue(urls.size() >= 20, "crawled only " + urls);
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    private static void schedule(String slug, Map<String, String> change) {
        editor().body(change).post("/api/v1/articles/" + slug + "/status").then().statusCode(200);
    }
}
