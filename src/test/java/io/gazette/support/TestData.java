package io.gazette.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Makes each test's own data through the HTTP API, with names no other test uses. */
public final class TestData {

    public static final String EDITOR_TOKEN = "test-editor-token";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** The token with the character at {@code index} swapped for another base64url character. */
    public static String alterCharacter(String token, int index) {
        char replacement = token.charAt(index) == 'A' ? 'B' : 'A';
        return token.substring(0, index) + replacement + token.substring(index + 1);
    }

    /** The bootstrap admin token, sending If-Match with the current ETag on writes that need one. */
    public static RequestSpecification editor() {
        return as(EDITOR_TOKEN);
    }

    /** Requests with this token or key, sending If-Match with the current ETag on writes that need one. */
    public static RequestSpecification as(String token) {
        return withoutIfMatch(token).filter(CurrentETag.FILTER);
    }

    /** Requests with this token or key that send If-Match only when the test sets it. */
    public static RequestSpecification withoutIfMatch(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** Creates an account with this role and returns a fresh key for it. */
    public static String key(String role) {
        String username = unique(role);
        editor().body(Map.of("username", username, "role", role)).post("/api/v1/accounts").then().statusCode(201);
        return editor().body(Map.of("label", "tests")).post("/api/v1/accounts/" + username + "/keys")
                .then().statusCode(201).extract().path("key");
    }

    /** The ETag a staff read of {@code path} carries. */
    public static String etag(String path) {
        return editor().get(path).then().statusCode(200).extract().header("ETag");
    }

    /**
     * The site's front-end URL, which feeds and sitemaps link to: the one an earlier test or setting gave it, else
     * {@code https://front.example} (tests must not expect one URL, since any test may set the site).
     */
    @SuppressWarnings("unchecked")
    public static String siteUrl() {
        String url = anonymous().get("/api/v1/site").then().statusCode(200).extract().path("url");
        if (url != null) {
            return url;
        }
        String etag = etag("/api/v1/site");
        Map<String, Object> settings = new LinkedHashMap<>(editor().get("/api/v1/site").then().statusCode(200).extract().as(Map.class));
        settings.remove("view");
        settings.put("url", "https://front.example");
        withoutIfMatch(EDITOR_TOKEN).header("If-Match", etag).body(settings).put("/api/v1/site").then().statusCode(200);
        return "https://front.example";
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static String tag() {
        return tag(unique("tag"));
    }

    public static String tag(String slug) {
        editor().body(Map.of("slug", slug, "name", "Tag " + slug, "description", "About " + slug))
                .post("/api/v1/tags").then().statusCode(201);
        return slug;
    }

    public static String author() {
        String slug = unique("author");
        editor().body(Map.of("slug", slug, "name", "Author " + slug, "role", "Expert on international affairs",
                        "bio", "Writes about " + slug, "email", slug + "@authors.example"))
                .post("/api/v1/authors").then().statusCode(201);
        return slug;
    }

    /** A builder for an article's JSON; call {@link ArticleSpec#draft()} or {@link ArticleSpec#published()}. */
    public static ArticleSpec article() {
        return new ArticleSpec();
    }

    public static final class ArticleSpec {
        private final Map<String, Object> json = new LinkedHashMap<>();
        private final List<String> authors = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();

        ArticleSpec() {
            String slug = unique("article");
            json.put("slug", slug);
            json.put("title", "Title of " + slug);
            json.put("excerpt", "Lead of " + slug);
            json.put("body", "<p>Body of " + slug + "</p>");
            json.put("section", "opinion");
            json.put("language", "en");
        }

        public ArticleSpec with(String field, Object value) {
            json.put(field, value);
            return this;
        }

        public ArticleSpec author(String slug) {
            authors.add(slug);
            return this;
        }

        public ArticleSpec tag(String slug) {
            tags.add(slug);
            return this;
        }

        public Map<String, Object> json() {
            Map<String, Object> body = new LinkedHashMap<>(json);
            body.put("authors", authors);
            body.put("tags", tags);
            return body;
        }

        public String draft() {
            return draftAs(EDITOR_TOKEN);
        }

        public String draftAs(String token) {
            as(token).body(json()).post("/api/v1/articles").then().statusCode(201);
            return (String) json.get("slug");
        }

        public String published() {
            String slug = draft();
            editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
            return slug;
        }
    }
}
