package io.gazette.transfer;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.TestData;
import io.gazette.support.WxrFixture;
import io.gazette.transfer.wordpress.WordPressImport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The WordPress import, run on the test export, checked through the API as readers and editors see it. */
@QuarkusTest
class WordPressImportTest {

    private static final String PERSIAN = "سفر-رئیس-جمهور-به-آمریکای-لاتین";

    @Inject
    WordPressImport wordpress;

    private ImportReport run(Path file) {
        return wordpress.run(file, new ImportOptions(false), ImportProgress.NONE);
    }

    private static long count(ImportReport report, String type, ImportOutcome outcome) {
        return report.counts().getOrDefault(type, Map.of()).getOrDefault(outcome, 0L);
    }

    private static ValidatableResponse article(String slug) {
        return anonymous().get("/api/v1/articles/" + slug).then();
    }

    @Test
    void importsPostsAuthorsTagsAndCommentsAsReadersAndEditorsExpect() {
        String run = TestData.unique("wxr");
        Path file = WxrFixture.file(WxrFixture.forRun(run));
        assertEquals(4 + 5 + 8 + 3 + 1 + 18 + 8, wordpress.countItems(file));
        ImportReport report = run(file);

        assertEquals(14, count(report, "article", ImportOutcome.CREATED), report.counts().toString());
        assertEquals(1, count(report, "article", ImportOutcome.SKIPPED), "the trashed post");
        assertEquals(1, count(report, "page", ImportOutcome.SKIPPED));
        assertEquals(1, count(report, "nav_menu_item", ImportOutcome.SKIPPED));
        assertEquals(1, count(report, "attachment", ImportOutcome.SKIPPED));
        assertEquals(4, count(report, "author", ImportOutcome.CREATED));
        assertEquals(7, count(report, "comment", ImportOutcome.CREATED));
        assertEquals(1, count(report, "comment", ImportOutcome.SKIPPED), "the pingback");
        assertEquals(List.of(), report.problems());
        assertEquals(2L, report.tallies().get("shortcodes kept as text"));
        assertEquals(1L, report.tallies().get("shortcode [caption]"));
        assertEquals(1L, report.tallies().get("shortcode [gallery]"));

        // A Gutenberg post: section from its category, tags, original date, featured image from its attachment,
        // block comments gone, its Spanish translation linked through Polylang's terms
        String latam = run + "-presidents-latin-america-tour-importance-of-scientific-technological-diplomacy";
        String spanish = run + "-la-gira-del-presidente-por-america-latina";
        article(latam).statusCode(200)
                .body("section", equalTo("opinion"))
                .body("language", equalTo("en"))
                .body("publishedAt", equalTo("2023-06-14T06:30:00Z"))
                .body("authors.slug", contains(run + "-hamid-khoshayand"))
                .body("authors[0].name", equalTo("Hamid Khoshayand"))
                .body("tags.slug", containsInAnyOrder(run + "-latin-america", run + "-diplomacy"))
                .body("featuredImage.url", equalTo("https://" + run + ".example.org/wp-content/uploads/2023/06/caracas.jpg"))
                .body("featuredImage.alt", equalTo("The president arriving in Caracas"))
                .body("body", allOf(startsWith("<p>The importance"), not(containsString("wp:paragraph"))))
                .body("translations.slug", contains(spanish))
                .body("excerpt", startsWith("The visit of the president"));
        article(spanish).statusCode(200).body("language", equalTo("es")).body("translations.slug", contains(latam));

        // Persian: the percent-encoded slug decoded to Unicode, right to left
        article(run + "-" + PERSIAN).statusCode(200).body("language", equalTo("fa")).body("dir", equalTo("rtl"));

        // Credited by a byline alone (a custom field), and a role line for one piece (another custom field)
        article(run + "-france-vs-baku-and-ankara-in-the-caucasus").statusCode(200)
                .body("section", equalTo("interview"))
                .body("authors", empty())
                .body("byline", equalTo("An international relations university professor"));
        article(run + "-consequences-prospects-of-continuation-of-ground-operations-in-gaza").statusCode(200)
                .body("authors[0].role", equalTo("Expert on regional affairs"))
                .body("body", allOf(containsString("[caption id=\"attachment_30\""), containsString("[gallery ids=\"31,32,33\"]")));

        // Two categories and five tags: the first category is the section, the other a tag beside the five
        article(run + "-germanys-new-defense-policy-guidelines").statusCode(200)
                .body("section", equalTo("opinion"))
                .body("tags", hasSize(6))
                .body("tags.slug", containsInAnyOrder("diplomacy", run + "-europe", run + "-nato", run + "-germany",
                        run + "-defence", run + "-militarism"));
        // A classic-editor body (no paragraphs in the file) in paragraphs, as WordPress showed it
        article(run + "-organizing-immigration-issue-divergence-in-eu").statusCode(200).body("body", startsWith("<p>An expert"));

        // Statuses: future -> scheduled, draft, private -> unpublished, pending -> in_review; none of them public
        article(run + "-iran-and-brics-one-year-on").statusCode(404);
        editor().get("/api/v1/articles/" + run + "-iran-and-brics-one-year-on").then().statusCode(200)
                .body("status", equalTo("scheduled")).body("publishAt", equalTo("2030-01-15T06:00:00Z"));
        editor().get("/api/v1/articles/" + run + "-notes-on-the-caspian-summit").then().statusCode(200)
                .body("status", equalTo("draft")).body("publishedAt", nullValue()).body("section", equalTo("news"));
        article(run + "-internal-style-guide-for-interviews").statusCode(404);
        editor().get("/api/v1/articles/" + run + "-internal-style-guide-for-interviews").then().statusCode(200)
                .body("status", equalTo("unpublished")).body("publishedAt", equalTo("2023-05-01T09:00:00Z"));
        editor().get("/api/v1/articles/" + run + "-iraqs-elections-and-the-region").then().statusCode(200)
                .body("status", equalTo("in_review"));
        article(run + "-about").statusCode(404);
        article(run + "-a-deleted-post").statusCode(404);

        // Authors: the email is kept, for editors only
        anonymous().get("/api/v1/authors/" + run + "-hamid-khoshayand").then().statusCode(200)
                .body("name", equalTo("Hamid Khoshayand")).body("$", not(org.hamcrest.Matchers.hasKey("email")));
        editor().get("/api/v1/authors/" + run + "-hamid-khoshayand").then().statusCode(200)
                .body("email", equalTo("h.khoshayand@example.org"));
    }

    @Test
    void keepsCommentThreadsTheirStatusesAndDatesWithoutShowingEmails() {
        String run = TestData.unique("wxr");
        run(WxrFixture.file(WxrFixture.forRun(run)));
        String riyadh = run + "-reasons-for-ineffectiveness-of-riyadh-summit";

        article(riyadh).statusCode(200).body("commentCount", equalTo(4));
        String threads = anonymous().get("/api/v1/articles/" + riyadh + "/comments").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("Maryam"))
                .body("items[0].createdAt", equalTo("2023-11-16T09:00:00Z"))
                .body("items[0].replies.name", contains("Carlos", "Reza", "Maryam"))
                .body("items[0].replies[2].body", equalTo("Agreed, and on who would enforce them."))
                .extract().asString();
        assertTrue(!threads.contains("@readers.example") && !threads.contains("203.0.113.7") && !threads.contains("casino"),
                "no email, address or unapproved comment in public: " + threads);
        // the 4-deep reply answers the third level
        List<Integer> replyParents = anonymous().get("/api/v1/articles/" + riyadh + "/comments").path("items[0].replies.parentId");
        List<Integer> replyIds = anonymous().get("/api/v1/articles/" + riyadh + "/comments").path("items[0].replies.id");
        assertEquals(replyIds.get(1), replyParents.get(2));

        editor().get("/api/v1/comments?article=" + riyadh + "&status=spam").then().statusCode(200)
                .body("items.name", contains("Cheap Casino")).body("items[0].email", equalTo("win@casino.example"));
        editor().get("/api/v1/comments?article=" + riyadh + "&status=pending").then().statusCode(200)
                .body("items.name", contains("Leila")).body("items[0].createdAt", equalTo("2023-11-16T11:30:00Z"));
        editor().get("/api/v1/comments?article=" + riyadh + "&status=rejected").then().statusCode(200)
                .body("items.name", contains("Troll"));
    }

    @Test
    void oldAddressesRedirectToTheImportedArticles() {
        String run = TestData.unique("wxr");
        run(WxrFixture.file(WxrFixture.forRun(run)));
        String latam = run + "-presidents-latin-america-tour-importance-of-scientific-technological-diplomacy";

        // the permalinks keep WordPress's own slugs (the fixture prefixes the post names only)
        String oldPath = "/2023/06/presidents-latin-america-tour-importance-of-scientific-technological-diplomacy";
        String etag = anonymous().queryParam("from", oldPath + "/").get("/api/v1/redirects").then().statusCode(200)
                .body("to", equalTo("/articles/" + latam)).body("slug", equalTo(latam)).body("language", equalTo("en"))
                .header("Cache-Control", startsWith("public, max-age="))
                .header("Surrogate-Key", containsString("redirects"))
                .header("Surrogate-Key", containsString("article-"))
                .extract().header("ETag");
        anonymous().queryParam("from", oldPath + "/").header("If-None-Match", etag).get("/api/v1/redirects").then().statusCode(304);
        anonymous().queryParam("from", "https://" + run + ".example.org/?p=11").get("/api/v1/redirects").then().statusCode(200)
                .body("slug", equalTo(latam));
        anonymous().queryParam("from", "/?p=11&utm_source=feed").get("/api/v1/redirects").then().statusCode(200)
                .body("slug", equalTo(latam));
        // the Persian permalink as WordPress wrote it (percent-encoded), and as a browser shows it
        String encoded = java.net.URLEncoder.encode(PERSIAN, java.nio.charset.StandardCharsets.UTF_8).toLowerCase();
        anonymous().queryParam("from", "https://" + run + ".example.org/2023/06/" + encoded + "/").get("/api/v1/redirects").then().statusCode(200)
                .body("slug", equalTo(run + "-" + PERSIAN));
        anonymous().queryParam("from", "/2023/06/" + PERSIAN).get("/api/v1/redirects").then().statusCode(200)
                .body("slug", equalTo(run + "-" + PERSIAN));
        // a draft's address leads nowhere public
        anonymous().queryParam("from", "/?p=21").get("/api/v1/redirects").then().statusCode(404);
        anonymous().get("/api/v1/redirects").then().statusCode(400).body("errors[0].field", equalTo("from"));
        anonymous().queryParam("from", "not a path").get("/api/v1/redirects").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        anonymous().queryParam("from", "/2023/06/%zz").get("/api/v1/redirects").then().statusCode(400);
        anonymous().get("/api/v1/redirects/map?size=100").then().statusCode(200)
                .body("items.from", org.hamcrest.Matchers.hasItem(oldPath))
                .body("meta.totalItems", org.hamcrest.Matchers.greaterThanOrEqualTo(20));
    }

    @Test
    void importingTheSameFileTwiceChangesNothingAndANewerExportUpdatesWhatChanged() {
        String run = TestData.unique("wxr");
        String export = WxrFixture.forRun(run);
        run(WxrFixture.file(export));
        String gaza = run + "-consequences-prospects-of-continuation-of-ground-operations-in-gaza";
        String etag = editor().get("/api/v1/articles/" + gaza).then().statusCode(200).extract().header("ETag");

        ImportReport again = run(WxrFixture.file(export));
        again.counts().forEach((type, outcomes) -> {
            assertEquals(0L, outcomes.getOrDefault(ImportOutcome.CREATED, 0L), type + " " + outcomes);
            assertEquals(0L, outcomes.getOrDefault(ImportOutcome.UPDATED, 0L), type + " " + outcomes);
        });
        assertEquals(14, count(again, "article", ImportOutcome.UNCHANGED));
        assertEquals(7, count(again, "comment", ImportOutcome.UNCHANGED));
        editor().get("/api/v1/articles/" + gaza).then().header("ETag", equalTo(etag));
        anonymous().get("/api/v1/articles/" + run + "-reasons-for-ineffectiveness-of-riyadh-summit/comments").then()
                .body("items", hasSize(1)).body("items[0].replies", hasSize(3));

        // WordPress later: the Gaza piece retitled, and the pending comment approved
        String newer = export
                .replace("<title><![CDATA[Consequences, Prospects", "<title><![CDATA[Updated: Consequences, Prospects")
                .replace("<wp:comment_approved><![CDATA[0]]></wp:comment_approved>", "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>");
        ImportReport update = run(WxrFixture.file(newer));
        assertEquals(1, count(update, "article", ImportOutcome.UPDATED), update.counts().toString());
        assertEquals(13, count(update, "article", ImportOutcome.UNCHANGED));
        assertEquals(1, count(update, "comment", ImportOutcome.UPDATED));
        article(gaza).statusCode(200).body("title", startsWith("Updated: Consequences"))
                .body("publishedAt", equalTo("2023-11-20T06:00:00Z"));
        article(run + "-reasons-for-ineffectiveness-of-riyadh-summit").body("commentCount", equalTo(5));
    }

    @Test
    void anItemThatBreaksARuleIsRefusedByItsWordPressIdAndTheRestGoesOn() {
        String run = TestData.unique("wxr");
        String taken = run + "-natos-ambiguous-mission-in-iraq";
        TestData.article().with("slug", taken).draft();
        ImportReport report = run(WxrFixture.forRunFile(run, text -> text
                .replace("<category domain=\"language\" nicename=\"fa\">", "<category domain=\"language\" nicename=\"de\">")));

        assertEquals(2, count(report, "article", ImportOutcome.REJECTED));
        assertEquals(12, count(report, "article", ImportOutcome.CREATED));
        assertTrue(report.problems().contains(new ImportReport.Problem("article", "17",
                "slug '" + taken + "' is taken by another article (not WordPress post 17 of this site)")), report.problems().toString());
        assertTrue(report.problems().stream().anyMatch(p -> p.sourceId().equals("13") && p.reason().contains("language 'de'")),
                report.problems().toString());
        editor().get("/api/v1/articles/" + taken).then().statusCode(200).body("status", equalTo("draft"));
        article(run + "-germanys-new-defense-policy-guidelines").statusCode(200);
    }

    @Test
    void readsWpmlLanguagesAndTranslationGroupsToo() {
        String run = TestData.unique("wxr");
        String group = "<category domain=\"post_translations\" nicename=\"pll_64898a1b2c3d4\"><![CDATA[pll_64898a1b2c3d4]]></category>";
        run(WxrFixture.forRunFile(run, text -> text
                .replace("<category domain=\"language\" nicename=\"es\"><![CDATA[Español]]></category>",
                        "<wp:postmeta><wp:meta_key>_wpml_import_language_code</wp:meta_key><wp:meta_value>es</wp:meta_value></wp:postmeta>")
                .replace(group, "<wp:postmeta><wp:meta_key>_wpml_import_translation_group</wp:meta_key>"
                        + "<wp:meta_value>wpml-group-41</wp:meta_value></wp:postmeta>")));
        String latam = run + "-presidents-latin-america-tour-importance-of-scientific-technological-diplomacy";
        String spanish = run + "-la-gira-del-presidente-por-america-latina";
        article(spanish).statusCode(200).body("language", equalTo("es")).body("translations.slug", contains(latam));
        article(latam).statusCode(200).body("translations.slug", contains(spanish));
    }

    @Test
    void aDryRunReportsWhatItWouldDoAndWritesNothing() {
        String run = TestData.unique("wxr");
        ImportReport report = wordpress.run(WxrFixture.file(WxrFixture.forRun(run)), new ImportOptions(true), ImportProgress.NONE);
        assertEquals(14, count(report, "article", ImportOutcome.CREATED));
        assertEquals(7, count(report, "comment", ImportOutcome.CREATED));
        article(run + "-germanys-new-defense-policy-guidelines").statusCode(404);
        anonymous().get("/api/v1/authors/" + run + "-hamid-khoshayand").then().statusCode(404);
    }

    @Test
    void aFileThatIsNotWellFormedOrNotWxrOneTwoIsRefusedWithItsPosition() {
        ImportRejected malformed = assertThrows(ImportRejected.class,
                () -> wordpress.countItems(WxrFixture.file(WxrFixture.text("malformed.xml"))));
        assertEquals(18, malformed.line(), malformed.getMessage());
        assertTrue(malformed.column() > 0);
        assertTrue(malformed.getMessage().startsWith("Malformed XML at line 18"), malformed.getMessage());

        ImportRejected version = assertThrows(ImportRejected.class,
                () -> wordpress.countItems(WxrFixture.file(WxrFixture.text("wxr-1.0.xml"))));
        assertTrue(version.getMessage().startsWith("Unsupported WXR version 1.0"), version.getMessage());
        ImportRejected atom = assertThrows(ImportRejected.class,
                () -> wordpress.countItems(WxrFixture.file(WxrFixture.text("not-wxr.xml"))));
        assertTrue(atom.getMessage().contains("the root element is <feed>"), atom.getMessage());
        ImportRejected plainRss = assertThrows(ImportRejected.class,
                () -> wordpress.countItems(WxrFixture.file(WxrFixture.text("rss-without-wxr.xml"))));
        assertTrue(plainRss.getMessage().contains("no <wp:wxr_version>"), plainRss.getMessage());
        assertThrows(ImportRejected.class, () -> wordpress.countItems(WxrFixture.file("")));
    }
}
