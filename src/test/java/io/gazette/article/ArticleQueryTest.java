package io.gazette.article;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.MutableClock;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleQueryTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void rejectsUndeclaredParameterNamingIt() {
        anonymous().queryParam("tags", "x").get("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("tags"));
        anonymous().queryParam("sise", 5).get("/api/v1/tags").then().statusCode(400).body("errors[0].field", equalTo("sise"));
    }

    @Test
    void matchesAnyOrAllOfSeveralTags() {
        String red = TestData.tag();
        String blue = TestData.tag();
        String both = TestData.article().tag(red).tag(blue).published();
        String onlyRed = TestData.article().tag(red).published();
        anonymous().queryParam("tag", red + "," + blue).get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(onlyRed, both)));
        anonymous().queryParam("tag", red + "," + blue).queryParam("tagMatch", "all").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(both)));
        anonymous().queryParam("tag", red).queryParam("tagMatch", "most").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("tagMatch"));

        String onlyBlue = TestData.article().tag(blue).published();
        TestData.article().tag(red).tag(blue).draft();
        String taken = TestData.article().tag(red).tag(blue).published();
        editor().post("/api/v1/articles/" + taken + "/unpublish").then().statusCode(200);
        assertEquals(List.of(onlyBlue, onlyRed, both), tagPage(red + "," + blue, "-publishedAt", "any"));
        assertEquals(List.of(both, onlyRed, onlyBlue), tagPage(red + "," + blue, "publishedAt", "any"));
        assertEquals(List.of(both), tagPage(red + "," + blue, "-publishedAt", "all"));
    }

    /** A tag page follows every publication, take-down and change of tags, in publication order both ways. */
    @Test
    void tagPagesFollowPublicationAndTagChanges() {
        String tag = TestData.tag();
        // The first goes out a second before everything after it, with the clock stopped a second back.
        clock.set(clock.instant().minus(Duration.ofSeconds(1)));
        String first = TestData.article().tag(tag).published();
        clock.reset();
        String second = TestData.article().tag(tag).published();
        String draft = TestData.article().tag(tag).draft();
        String untagged = TestData.article().published();
        assertEquals(List.of(second, first), tagPage(tag, "-publishedAt"));
        assertEquals(List.of(first, second), tagPage(tag, "publishedAt"));

        editor().post("/api/v1/articles/" + first + "/unpublish").then().statusCode(200);
        assertEquals(List.of(second), tagPage(tag, "-publishedAt"));
        editor().post("/api/v1/articles/" + first + "/publish").then().statusCode(200);
        editor().post("/api/v1/articles/" + draft + "/publish").then().statusCode(200);
        assertEquals(List.of(draft, second, first), tagPage(tag, "-publishedAt"));

        editor().body(Map.of("tags", List.of(tag))).patch("/api/v1/articles/" + untagged).then().statusCode(200);
        editor().body(Map.of("tags", List.of())).patch("/api/v1/articles/" + second).then().statusCode(200);
        editor().body(TestData.article().with("slug", draft).json()).put("/api/v1/articles/" + draft).then().statusCode(200);
        assertEquals(List.of(untagged, first), tagPage(tag, "-publishedAt"));
        anonymous().queryParam("tag", tag).queryParam("size", 1).queryParam("cursor", "").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(untagged)));
    }

    private static List<String> tagPage(String tag, String sort) {
        return tagPage(tag, sort, "any");
    }

    /** The list for these tags, read as one page and again one item at a time by cursor; both must agree. */
    private static List<String> tagPage(String tags, String sort, String tagMatch) {
        List<String> page = anonymous().queryParam("tag", tags).queryParam("tagMatch", tagMatch).queryParam("sort", sort)
                .get("/api/v1/articles").then().statusCode(200).extract().path("items.slug");
        List<String> cursorWalk = new ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            JsonPath body = anonymous().queryParam("tag", tags).queryParam("tagMatch", tagMatch).queryParam("sort", sort).queryParam("size", 1)
                    .queryParam("cursor", cursor).get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            cursorWalk.addAll(body.getList("items.slug"));
            cursor = body.getString("meta.nextCursor");
        }
        assertEquals(page, cursorWalk, "cursor paging walks the same tag page");
        return page;
    }

    @Test
    void filtersBySeveralAuthorsAndSectionsAndExcludes() {
        String tag = TestData.tag();
        String first = TestData.author();
        String second = TestData.author();
        String a = TestData.article().tag(tag).author(first).with("section", "opinion").published();
        String b = TestData.article().tag(tag).author(second).with("section", "interview").published();
        TestData.article().tag(tag).author(TestData.author()).with("section", "analysis").published();
        anonymous().queryParam("tag", tag).queryParam("author", first + "," + second).get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(b, a)));
        anonymous().queryParam("tag", tag).queryParam("section", "opinion,interview").queryParam("exclude", b).get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(a)));
        anonymous().queryParam("section", "opinion,gossip").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("section"));
    }

    @Test
    void filtersByPublicationDates() {
        String tag = TestData.tag();
        String slug = TestData.article().tag(tag).published();
        anonymous().queryParam("tag", tag).queryParam("publishedAfter", "2000-01-01").queryParam("publishedBefore", "2999-01-01T00:00:00Z")
                .get("/api/v1/articles").then().statusCode(200).body("items.slug", equalTo(List.of(slug)));
        anonymous().queryParam("tag", tag).queryParam("publishedAfter", "2999-01-01").get("/api/v1/articles")
                .then().statusCode(200).body("items.size()", equalTo(0));
        anonymous().queryParam("publishedBefore", "last tuesday").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedBefore"));
    }

    @Test
    void sortsByDeclaredOrdersOnly() {
        String tag = TestData.tag();
        String b = TestData.article().tag(tag).with("title", "Beta " + tag).published();
        String a = TestData.article().tag(tag).with("title", "Alpha " + tag).published();
        String c = TestData.article().tag(tag).with("title", "Gamma " + tag).published();
        anonymous().queryParam("tag", tag).queryParam("sort", "title").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(a, b, c)));
        anonymous().queryParam("tag", tag).queryParam("sort", "publishedAt").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(b, a, c)));
        editor().body(Map.of("excerpt", "touched")).patch("/api/v1/articles/" + b).then().statusCode(200);
        anonymous().queryParam("tag", tag).queryParam("sort", "-updatedAt").get("/api/v1/articles")
                .then().statusCode(200).body("items[0].slug", equalTo(b));
        anonymous().queryParam("sort", "popularity").get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        anonymous().queryParam("sort", "relevance").get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void returnsOnlyPickedFieldsAndTheIdentityFields() {
        String tag = TestData.tag();
        TestData.article().tag(tag).published();
        Map<String, Object> card = anonymous().queryParam("tag", tag).queryParam("fields", "slug,title").get("/api/v1/articles")
                .then().statusCode(200).extract().path("items[0]");
        assertEquals(Set.of("id", "slug", "title"), card.keySet());
        anonymous().queryParam("fields", "slug,password").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("fields"));
    }

    @Test
    void embedsDeclaredIncludesOnly() {
        String tag = TestData.tag();
        String author = TestData.author();
        String slug = TestData.article().tag(tag).author(author).published();
        anonymous().queryParam("tag", tag).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items[0]", not(hasKey("body")))
                .body("items[0].authors[0]", not(hasKey("bio")));
        anonymous().queryParam("tag", tag).queryParam("include", "body,authors.bio,tags.description").get("/api/v1/articles")
                .then().statusCode(200)
                .body("items[0].body", equalTo("<p>Body of " + slug + "</p>"))
                .body("items[0].authors[0].bio", equalTo("Writes about " + author))
                .body("items[0].tags[0].description", equalTo("About " + tag))
                .body(not(containsString("@authors.example")));
        anonymous().queryParam("include", "authors.email").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("include"));
    }

    @Test
    void cursorPagingWalksTheListWithoutGapsOrDuplicatesWhileArticlesArePublished() {
        String tag = TestData.tag();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(0, TestData.article().tag(tag).published());
        }
        List<String> seen = new ArrayList<>();
        JsonPath page = anonymous().queryParam("tag", tag).queryParam("size", 2).queryParam("cursor", "")
                .get("/api/v1/articles").then().statusCode(200)
                .body("meta", not(hasKey("totalItems")))
                .extract().jsonPath();
        seen.addAll(page.getList("items.slug"));
        TestData.article().tag(tag).published();
        String next = page.getString("meta.nextCursor");
        while (next != null) {
            page = anonymous().queryParam("tag", tag).queryParam("size", 2).queryParam("cursor", next)
                    .get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.slug"));
            next = page.getString("meta.nextCursor");
        }
        assertEquals(expected, seen);
    }

    @Test
    void nextLinkCarriesTheCursor() {
        String tag = TestData.tag();
        TestData.article().tag(tag).published();
        TestData.article().tag(tag).published();
        anonymous().queryParam("tag", tag).queryParam("size", 1).queryParam("cursor", "").get("/api/v1/articles")
                .then().statusCode(200)
                .body("meta.nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("cursor="));
    }

    @Test
    void rejectsForgedOrForeignCursors() {
        String tag = TestData.tag();
        TestData.article().tag(tag).published();
        TestData.article().tag(tag).published();
        String cursor = anonymous().queryParam("tag", tag).queryParam("size", 1).queryParam("cursor", "")
                .get("/api/v1/articles").then().statusCode(200).extract().path("meta.nextCursor");
        String forged = cursor.substring(0, cursor.indexOf('.')) + ".AAAAAAAAAAAAAAAAAAAAAA";
        anonymous().queryParam("tag", tag).queryParam("cursor", forged).get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        anonymous().queryParam("tag", tag).queryParam("cursor", "not-a-cursor").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        anonymous().queryParam("tag", TestData.tag()).queryParam("cursor", cursor).get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        anonymous().queryParam("cursor", "").queryParam("page", 2).get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void searchFindsTitleBodyTagAndAuthorWords() {
        String marker = "qx" + unique("w").replace("-", "");
        String tag = TestData.tag();
        String author = TestData.author();
        String inTitle = TestData.article().with("title", "Strategic " + marker + " review").published();
        String inBody = TestData.article().with("body", "<p>Deep in the text: " + marker + " appears once.</p>").published();
        String byTag = TestData.article().tag(tag).with("body", "<p>" + marker + "</p>").published();
        anonymous().queryParam("q", marker).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", hasItem(inTitle))
                .body("items.slug", hasItem(inBody))
                .body("items[0].slug", equalTo(inTitle))
                .body("items[0].snippet", containsString("<mark>" + marker + "</mark>"));
        anonymous().queryParam("q", marker + " \"tag " + tag + "\"").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(byTag)));
        anonymous().queryParam("q", marker + " -strategic").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", not(hasItem(inTitle))).body("items.slug", hasItem(inBody));
        String byAuthor = TestData.article().author(author).with("excerpt", marker + "-less lead").published();
        anonymous().queryParam("q", "author " + author).get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(byAuthor)))
                .body("items[0].snippet", containsString("<mark>" + author + "</mark>"));
        anonymous().queryParam("q", "\"tag " + tag + "\"").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(byTag)))
                .body("items[0].snippet", containsString(tag + "</mark>"));
    }

    @Test
    void searchFindsPersianTextDespiteYehAndKafVariants() {
        String marker = "qf" + unique("p").replace("-", "");
        // Stored with Persian yeh (U+06CC) and keheh (U+06A9); searched with Arabic yeh (U+064A) and kaf (U+0643).
        String slug = TestData.article().with("language", "fa").with("title", "کتاب ایران " + marker)
                .with("body", "<p>دیپلماسی علمی</p>").published();
        anonymous().queryParam("q", "\u0643\u062a\u0627\u0628 \u0627\u064a\u0631\u0627\u0646 " + marker).get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(slug)));
        anonymous().queryParam("q", marker).queryParam("lang", "fa").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", equalTo(List.of(slug)));
    }

    @Test
    void searchNeedsAWordAndPagesByOffset() {
        anonymous().queryParam("q", "  \"\" ").get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("q"));
        anonymous().queryParam("q", "x".repeat(201)).get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("q"));
        anonymous().queryParam("q", "anything").queryParam("cursor", "").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }
}
