package io.gazette.article;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiTest {

    @Test
    void createsDraftThatReadersCannotSee() {
        String slug = TestData.article().draft();
        editor().get("/api/v1/articles/" + slug).then().statusCode(200).body("status", equalTo("draft"));
        anonymous().get("/api/v1/articles/" + slug)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("Title of")));
        anonymous().queryParam("size", 100).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", not(hasItem(slug)));
    }

    @Test
    void publishedArticleIsReadableInFull() {
        String author = TestData.author();
        String tag = TestData.tag();
        String slug = TestData.article().author(author).tag(tag)
                .with("featuredImage", Map.of("url", "https://cdn.example.org/a.jpg", "alt", "A picture"))
                .published();
        anonymous().get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", notNullValue())
                .body("body", equalTo("<p>Body of " + slug + "</p>"))
                .body("authors[0].slug", equalTo(author))
                .body("authors[0].role", equalTo("Expert on international affairs"))
                .body("tags[0].slug", equalTo(tag))
                .body("featuredImage.alt", equalTo("A picture"))
                .body("commentCount", equalTo(0));
    }

    @Test
    void listsCardsWithoutBodyNewestFirst() {
        String tag = TestData.tag();
        String older = TestData.article().tag(tag).published();
        String newer = TestData.article().tag(tag).published();
        anonymous().queryParam("tag", tag).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", equalTo(List.of(newer, older)))
                .body("items[0]", not(hasKey("body")))
                .body("items[0]", hasKey("commentCount"))
                .body("meta.totalItems", equalTo(2));
    }

    @Test
    void filtersByAuthorSectionAndLanguage() {
        String author = TestData.author();
        String opinion = TestData.article().author(author).with("section", "opinion").published();
        String interview = TestData.article().author(author).with("section", "interview").with("language", "es").published();

        anonymous().queryParam("author", author).queryParam("section", "interview").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(interview)));
        anonymous().queryParam("author", author).queryParam("lang", "en").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(opinion)));
    }

    @Test
    void rejectsUnknownSectionAndLanguageFilters() {
        anonymous().queryParam("section", "gossip").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("section"));
        anonymous().queryParam("lang", "xx").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void rejectsUnknownSectionAndLanguageOnWrite() {
        editor().body(TestData.article().with("section", "gossip").json())
                .post("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("section"));
        editor().body(TestData.article().with("language", "klingon").json())
                .post("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
    }

    @Test
    void requiresTitleAndSectionNamingEach() {
        editor().body(Map.of("body", "<p>x</p>"))
                .post("/api/v1/articles")
                .then().statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("section"));
    }

    @Test
    void makesSlugsFromSpanishAndPersianTitles() {
        String marker = String.valueOf(System.nanoTime());
        editor().body(Map.of("title", "Últimas publicaciones sobre América Latina " + marker, "section", "news", "language", "es"))
                .post("/api/v1/articles")
                .then().statusCode(201)
                .body("slug", equalTo("ultimas-publicaciones-sobre-america-latina-" + marker));
        String persianSlug = editor().body(Map.of("title", "سفر رئیس جمهور به آمریکای لاتین " + marker, "section", "news", "language", "fa"))
                .post("/api/v1/articles")
                .then().statusCode(201)
                .extract().path("slug");
        org.junit.jupiter.api.Assertions.assertEquals("سفر-رئیس-جمهور-به-آمریکای-لاتین-" + marker, persianSlug);
        editor().get("/api/v1/articles/" + persianSlug).then().statusCode(200).body("language", equalTo("fa"));
    }

    @Test
    void rejectsDuplicateSlug() {
        String slug = TestData.article().draft();
        editor().body(TestData.article().with("slug", slug).json())
                .post("/api/v1/articles")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void sanitisesBodyHtml() {
        String slug = TestData.article()
                .with("body", "<p onclick=\"steal()\">Hello <script>alert(1)</script><a href=\"javascript:x()\">link</a><b>bold</b></p>")
                .draft();
        editor().get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("body", not(containsString("script")))
                .body("body", not(containsString("onclick")))
                .body("body", not(containsString("javascript:")))
                .body("body", containsString("<b>bold</b>"));
    }

    @Test
    void rejectsUnknownAuthorAndTagNamingPositions() {
        String known = TestData.author();
        editor().body(TestData.article().author(known).author(unique("ghost")).tag(unique("nothing")).json())
                .post("/api/v1/articles")
                .then().statusCode(400)
                .body("errors.field", hasItem("authors[1]"))
                .body("errors.field", hasItem("tags[0]"));
    }

    @Test
    void creditsBylineWhenNoAuthorIsRegistered() {
        String slug = TestData.article().with("byline", "An international relations professor").published();
        anonymous().get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("byline", equalTo("An international relations professor"))
                .body("authors.size()", equalTo(0));
    }

    @Test
    void keepsAuthorOrder() {
        String first = TestData.author();
        String second = TestData.author();
        String slug = TestData.article().author(second).author(first).published();
        anonymous().get("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("authors.slug", equalTo(List.of(second, first)));
    }

    @Test
    void patchChangesOnlyGivenFieldsAndBumpsVersion() {
        String slug = TestData.article().draft();
        int version = editor().get("/api/v1/articles/" + slug).then().extract().path("version");
        editor().body(Map.of("title", "A new title"))
                .patch("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("title", equalTo("A new title"))
                .body("excerpt", equalTo("Lead of " + slug))
                .body("version", equalTo(version + 1));
    }

    @Test
    void putReplacesContentAndKeepsStatus() {
        String slug = TestData.article().published();
        editor().body(Map.of("title", "Replaced", "section", "analysis"))
                .put("/api/v1/articles/" + slug)
                .then().statusCode(200)
                .body("title", equalTo("Replaced"))
                .body("excerpt", nullValue())
                .body("section", equalTo("analysis"))
                .body("status", equalTo("published"));
    }

    @Test
    void unpublishKeepsFirstPublicationDate() {
        String slug = TestData.article().published();
        String publishedAt = editor().get("/api/v1/articles/" + slug).then().extract().path("publishedAt");
        editor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200).body("status", equalTo("unpublished"));
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(404);
        editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200).body("publishedAt", equalTo(publishedAt));
    }

    @Test
    void deletesArticle() {
        String slug = TestData.article().published();
        editor().delete("/api/v1/articles/" + slug).then().statusCode(204);
        editor().get("/api/v1/articles/" + slug).then().statusCode(404);
        editor().delete("/api/v1/articles/" + slug).then().statusCode(404);
    }

    @Test
    void editorsListDraftsWithStatusFilter() {
        String tag = TestData.tag();
        String draft = TestData.article().tag(tag).draft();
        String published = TestData.article().tag(tag).published();
        editor().queryParam("tag", tag).queryParam("status", "draft").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(draft)));
        editor().queryParam("tag", tag).queryParam("status", "all").get("/api/v1/articles")
                .then().statusCode(200).body("items.size()", equalTo(2)).body("items.slug", hasItem(published));
        editor().queryParam("status", "deleted").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void readersCannotAskForDrafts() {
        anonymous().queryParam("status", "draft").get("/api/v1/articles")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void writesNeedEditorToken() {
        String slug = TestData.article().draft();
        anonymous().body(TestData.article().json()).post("/api/v1/articles").then().statusCode(401);
        anonymous().body(Map.of("title", "x")).patch("/api/v1/articles/" + slug).then().statusCode(401);
        anonymous().body(Map.of("title", "x", "section", "news")).put("/api/v1/articles/" + slug).then().statusCode(401);
        anonymous().delete("/api/v1/articles/" + slug).then().statusCode(401);
        anonymous().post("/api/v1/articles/" + slug + "/publish").then().statusCode(401);
        editor().get("/api/v1/articles/" + slug).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void rejectsBadFeaturedImageUrl() {
        editor().body(TestData.article().with("featuredImage", Map.of("url", "ftp://x")).json())
                .post("/api/v1/articles")
                .then().statusCode(400)
                .body("errors.field", hasItem("featuredImage.url"));
    }

    @Test
    void pagesWithLinksAndRejectsBadPaging() {
        String tag = TestData.tag();
        TestData.article().tag(tag).published();
        TestData.article().tag(tag).published();
        TestData.article().tag(tag).published();
        anonymous().queryParam("tag", tag).queryParam("size", 2).queryParam("page", 2).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("rel=\"first\""))
                .body("items.size()", equalTo(1))
                .body("meta.totalPages", equalTo(2));
        anonymous().queryParam("page", 0).get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("page"));
        anonymous().queryParam("size", "lots").get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("size"));
        anonymous().queryParam("size", 500).get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void everyCardFieldIsPresent() {
        TestData.article().published();
        anonymous().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", everyItem(hasKey("slug")))
                .body("items", everyItem(hasKey("authors")))
                .body("items", everyItem(hasKey("tags")))
                .body("items", everyItem(hasKey("section")))
                .body("items", everyItem(hasKey("language")))
                .body("items", everyItem(hasKey("byline")));
    }
}
