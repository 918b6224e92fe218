package io.gazette.transfer.ndjson;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.ImportJobClient;
import io.gazette.support.TestData;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small publication that uses everything an export must carry, made through the HTTP API (RestAssured's base URI:
 * the test's app, or the packaged jar in TransferRoundTripIT): site labels in three languages, accounts, authors with
 * private emails, tags named in Spanish and Persian, an English piece with credits, roles, tags and a featured image and
 * its Spanish and Persian (right-to-left, Unicode slug) translations, revisions, a scheduled piece, an author's draft,
 * closed comments, and a comment thread in every moderation state with a staff reply. At most eight reader comments,
 * within the packaged jar's default rate limits. And a post imported from WordPress, which leaves an old address (a
 * redirect) and the WordPress ids it came from (import references).
 */
record TransferContent(String english, String spanish, String persian, String scheduled, String draft, String author, String tag,
                       String authorAccount, String imported, String redirectFrom) {

    static TransferContent create() {
        String suffix = unique("x");
        Map<String, Object> english = new LinkedHashMap<>();
        english.put("latestContent", "LATEST CONTENT");
        english.put("commentCount", "{count} Comments");
        english.put("submitComment", "Submit a Comment");
        english.put("commentPrivacyNotice", "Your email address will not be published.");
        Map<String, Object> persian = new HashMap<>();
        persian.put("latestContent", "آخرین مطالب");
        persian.put("commentCount", "{count} دیدگاه");
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("en", english);
        labels.put("fa", persian);
        labels.put("es", Map.of("latestContent", "Últimas publicaciones"));
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", "Strategic Council Online");
        site.put("description", "Opinion, interviews and analysis");
        site.put("url", "https://strategic-council.example.org");
        site.put("defaultLanguage", "en");
        site.put("labels", labels);
        editor().header("If-Match", "*").body(site).put("/api/v1/site").then().statusCode(200);

        String authorAccount = unique("s.rahimi");
        editor().body(Map.of("username", authorAccount, "displayName", "Sara Rahimi", "role", "author")).post("/api/v1/accounts").then().statusCode(201);
        String authorKey = editor().body(Map.of("label", "laptop")).post("/api/v1/accounts/" + authorAccount + "/keys")
                .then().statusCode(201).extract().path("key");
        editor().body(Map.of("username", unique("k.moradi"), "role", "editor")).post("/api/v1/accounts").then().statusCode(201);

        String author = TestData.author();
        String second = unique("hamid");
        editor().body(Map.of("slug", second, "name", "حمید خوش‌آیند", "role", "کارشناس مسائل بین‌الملل"))
                .post("/api/v1/authors").then().statusCode(201);
        String tag = TestData.tag();
        String otherTag = TestData.tag();
        editor().body(Map.of("name", "Diplomacia " + suffix, "description", "Sobre diplomacia")).put("/api/v1/tags/" + tag + "/names/es").then().statusCode(200);
        editor().body(Map.of("name", "دیپلماسی " + suffix)).put("/api/v1/tags/" + tag + "/names/fa").then().statusCode(200);

        String englishSlug = TestData.article().author(author).author(second).tag(tag).tag(otherTag)
                .with("featuredImage", Map.of("url", "https://cdn.example.org/a.jpg", "alt", "A picture"))
                .with("authorRoles", Map.of(second, "Analyst of West Asian affairs"))
                .with("byline", "With reporting by the desk")
                .published();
        editor().body(Map.of("title", "Edited title " + suffix)).patch("/api/v1/articles/" + englishSlug).then().statusCode(200);
        String spanishSlug = TestData.article().with("language", "es").with("title", "Diplomacia científica " + suffix)
                .with("slug", "diplomacia-cientifica-" + suffix.toLowerCase()).author(author).tag(tag).published();
        String persianTitle = "دیپلماسی علمی " + suffix;
        String persianSlug = "دیپلماسی-علمی-" + suffix.toLowerCase();
        editor().body(Map.of("slug", persianSlug, "title", persianTitle, "excerpt", "خلاصه", "body", "<p dir=\"rtl\">متن فارسی</p>",
                        "section", "analysis", "language", "fa", "authors", List.of(second), "tags", List.of(tag)))
                .post("/api/v1/articles").then().statusCode(201);
        editor().post("/api/v1/articles/" + persianSlug + "/publish").then().statusCode(200);
        editor().put("/api/v1/articles/" + englishSlug + "/translations/" + spanishSlug).then().statusCode(200);
        editor().put("/api/v1/articles/" + englishSlug + "/translations/" + persianSlug).then().statusCode(200);

        String scheduled = TestData.article().author(author).draft();
        editor().body(Map.of("status", "scheduled", "publishAt", "2099-01-01T06:00:00Z", "unpublishAt", "2099-02-01T06:00:00Z"))
                .post("/api/v1/articles/" + scheduled + "/status").then().statusCode(200);
        String draft = TestData.article().with("section", "review").draftAs(authorKey);
        editor().post("/api/v1/articles/" + spanishSlug + "/comments/close").then().statusCode(200);

        int first = comment(englishSlug, "Ana", "Great piece", null);
        moderate(first, "approved");
        int reply = comment(englishSlug, "Bita", "پاسخ به آنا", first);
        moderate(reply, "approved");
        comment(englishSlug, "Carlos", "A pending answer", reply);
        moderate(comment(englishSlug, "Spammer", "cheap watches", null), "spam");
        moderate(comment(englishSlug, "Dana", "Off topic", null), "rejected");
        comment(englishSlug, "Ehsan", "Waiting for moderation", null);
        editor().body(Map.of("body", "Thank you, corrected.", "name", "The editors")).post("/api/v1/comments/" + first + "/replies")
                .then().statusCode(201);
        String imported = unique("wp-post").toLowerCase();
        String redirectFrom = "/2023/06/" + imported;
        importFromWordPress(imported, redirectFrom);
        return new TransferContent(englishSlug, spanishSlug, persianSlug, scheduled, draft, author, tag, authorAccount, imported, redirectFrom);
    }

    /** One published post through the WordPress import job, its permalink {@code path}. */
    private static void importFromWordPress(String slug, String path) {
        String site = "https://" + slug + ".example.org";
        String wxr = """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                	<title>Strategic Council Online</title>
                	<link>%1$s</link>
                	<language>en-US</language>
                	<wp:wxr_version>1.2</wp:wxr_version>
                	<wp:base_site_url>%1$s</wp:base_site_url>
                	<item>
                		<title>A post from the old site</title>
                		<link>%1$s%2$s/</link>
                		<wp:post_id>7</wp:post_id>
                		<wp:post_name>%3$s</wp:post_name>
                		<wp:status>publish</wp:status>
                		<wp:post_type>post</wp:post_type>
                		<wp:post_date_gmt>2023-06-14 06:30:00</wp:post_date_gmt>
                		<content:encoded><![CDATA[<p>Moved from WordPress.</p>]]></content:encoded>
                	</item>
                </channel>
                </rss>
                """.formatted(site, path, slug);
        JsonPath job = ImportJobClient.run("?format=wordpress", "application/xml", wxr.getBytes(StandardCharsets.UTF_8));
        assertEquals("succeeded", job.getString("state"), job.prettify());
        assertEquals(1, job.getInt("report.counts.article.created"), job.prettify());
        anonymous().queryParam("from", path).get("/api/v1/redirects").then().statusCode(200).body("slug", equalTo(slug));
    }

    private static int comment(String article, String name, String body, Integer parent) {
        Map<String, Object> json = new HashMap<>();
        json.put("name", name);
        json.put("email", unique(name.toLowerCase()) + "@mail.example");
        json.put("body", body);
        if (parent != null) {
            json.put("parentId", parent);
        }
        return anonymous().body(json).post("/api/v1/articles/" + article + "/comments").then().statusCode(202).extract().path("id");
    }

    private static void moderate(int comment, String status) {
        editor().body(Map.of("status", status)).patch("/api/v1/comments/" + comment).then().statusCode(200);
    }
}
