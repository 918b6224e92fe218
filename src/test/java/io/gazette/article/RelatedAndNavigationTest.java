package io.gazette.article;

import static io.gazette.support.TestData.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedAndNavigationTest {

    @Test
    void relatedPrefersSharedAuthorsAndTagsInTheSameLanguage() {
        String tag = TestData.tag();
        String otherTag = TestData.tag();
        String author = TestData.author();
        String article = TestData.article().tag(tag).tag(otherTag).author(author).published();
        String sharesTag = TestData.article().tag(tag).published();
        String sharesEverything = TestData.article().tag(tag).tag(otherTag).author(author).published();
        String otherLanguage = TestData.article().tag(tag).tag(otherTag).with("language", "es").published();
        String draft = TestData.article().tag(tag).author(author).draft();
        anonymous().get("/api/v1/articles/" + article + "/related")
                .then().statusCode(200)
                .body("items.slug", equalTo(List.of(sharesEverything, sharesTag)))
                .body("items.slug", not(hasItem(article)))
                .body("items.slug", not(hasItem(otherLanguage)))
                .body("items.slug", not(hasItem(draft)));
        anonymous().queryParam("size", 1).get("/api/v1/articles/" + article + "/related")
                .then().statusCode(200).body("items.slug", equalTo(List.of(sharesEverything)));
    }

    @Test
    void relatedRejectsBadSizeAndUnknownArticle() {
        String article = TestData.article().published();
        anonymous().queryParam("size", 21).get("/api/v1/articles/" + article + "/related")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        anonymous().get("/api/v1/articles/" + TestData.unique("none") + "/related").then().statusCode(404);
        anonymous().get("/api/v1/articles/" + article + "/related").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void sectionsCarryPublishedCounts() {
        TestData.article().with("section", "review").published();
        anonymous().get("/api/v1/sections")
                .then().statusCode(200)
                .body("items.value", hasItem("review"))
                .body("items.find { it.value == 'review' }.name", equalTo("Review"))
                .body("items.find { it.value == 'review' }.articleCount", greaterThanOrEqualTo(1))
                .body("items.size()", equalTo(5));
        anonymous().queryParam("page", 1).get("/api/v1/sections").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void tagsAndAuthorsSortByArticleCount() {
        String busyTag = TestData.tag();
        String busyAuthor = TestData.author();
        for (int i = 0; i < 3; i++) {
            TestData.article().tag(busyTag).author(busyAuthor).published();
        }
        anonymous().queryParam("sort", "-articleCount").queryParam("size", 100).get("/api/v1/tags")
                .then().statusCode(200)
                .body("items[0].articleCount", greaterThanOrEqualTo(3));
        anonymous().queryParam("sort", "-articleCount").queryParam("size", 100).get("/api/v1/authors")
                .then().statusCode(200)
                .body("items[0].articleCount", greaterThanOrEqualTo(3));
        anonymous().queryParam("sort", "-popularity").get("/api/v1/tags").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
