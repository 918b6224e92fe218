package io.gazette.common;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.RawHttp;
import io.gazette.support.SpecOperations;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CachingHeadersTest {

    private static final String REPRESENTATION_ETAG = "\"[A-Za-z0-9_-]{24}(-gzip)?\"";

    @Test
    void everyPublicGetHasAnETagCacheControlAndSurrogateKeysAndAnswersIfNoneMatchWith304() {
        List<String> checked = new ArrayList<>();
        for (SpecOperations.Operation operation : SpecOperations.served().operations()) {
            if (!operation.method().equals("GET") || operation.secured() || operation.path().contains("/previews/")
                    // answers only for an imported article's old address: WordPressImportTest checks its caching
                    || operation.operationId().equals("getRedirect")
                    // streamed, so with a weak ETag, and robots.txt shows no content: SitemapTest checks their headers
                    || operation.operationId().equals("getLanguageSitemap") || operation.operationId().equals("getRobotsTxt")
                    // no-store: a cached page would hand a syncing client an older representation for good (ChangeFeedTest)
                    || operation.operationId().equals("listChanges")) {
                continue;
            }
            String url = SpecOperations.expand(operation.path(), SpecOperations.freshPublishedPathValues(operation.path()));
            Response first = anonymous().get(url).then().statusCode(200)
                    .header("ETag", matchesPattern(REPRESENTATION_ETAG))
                    .header("Cache-Control", startsWith("public, max-age="))
                    .header("Cache-Control", containsString("s-maxage="))
                    .header("Vary", containsString("Accept-Encoding"))
                    .header("Surrogate-Key", not(emptyString()))
                    .extract().response();
            String etag = first.header("ETag");
            assertEquals(first.header("Surrogate-Key").replace(' ', ','), first.header("Cache-Tag"), url);
            anonymous().header("If-None-Match", etag).get(url).then().statusCode(304)
                    .body(emptyString())
                    .header("ETag", etag)
                    .header("Cache-Control", first.header("Cache-Control"))
                    .header("Surrogate-Key", first.header("Surrogate-Key"))
                    .header("Vary", first.header("Vary"));
            anonymous().head(url).then().statusCode(200).header("ETag", etag);
            checked.add(url);
        }
        assertTrue(checked.size() >= 12, "checked only " + checked);
    }

    @Test
    void ifNoneMatchComparesEveryListedTagWeaklyAndStarMatchesAnything() {
        String url = "/api/v1/articles/" + TestData.article().published();
        String etag = anonymous().get(url).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", "\"other\", W/" + etag).get(url).then().statusCode(304);
        anonymous().header("If-None-Match", "*").get(url).then().statusCode(304);
        anonymous().header("If-None-Match", "\"other\"").get(url).then().statusCode(200).header("ETag", etag);
    }

    @Test
    void writesChangeTheETagsOfExactlyThePagesThatShowWhatChanged() {
        String tag = TestData.tag();
        String article = TestData.article().tag(tag).published();
        String unrelated = TestData.article().tag(TestData.tag()).published();
        long id = anonymous().get("/api/v1/articles/" + article).then().extract().jsonPath().getLong("id");
        String page = "/api/v1/articles/" + article;
        String other = "/api/v1/articles/" + unrelated;
        String tagList = "/api/v1/articles?tag=" + tag;
        String tagPage = "/api/v1/tags/" + tag;
        String comments = page + "/comments";
        Map<String, String> before = etags(page, other, tagList, tagPage, comments);

        // An edit: the article's page and the lists that show it, not the unrelated article
        editor().body(Map.of("title", "A new title " + id)).patch(page).then().statusCode(200)
                .header("Purge-Keys", containsString("article-" + id));
        Map<String, String> edited = etags(page, other, tagList, tagPage, comments);
        assertChanged(before, edited, page, tagList);
        assertUnchanged(before, edited, other, tagPage, comments);

        // A publication under the same tag: its lists and the tag's count; not the article pages
        String second = TestData.article().tag(tag).published();
        Map<String, String> published = etags(page, other, tagList, tagPage, comments);
        assertChanged(edited, published, tagList, tagPage);
        assertUnchanged(edited, published, page, other, comments);

        // Taking it down again puts the lists back as they were
        editor().post("/api/v1/articles/" + second + "/unpublish").then().statusCode(200).header("Purge-Keys", containsString("articles"));
        Map<String, String> unpublished = etags(page, other, tagList, tagPage, comments);
        assertEquals(edited.get(tagList), unpublished.get(tagList));
        assertUnchanged(published, unpublished, page, other, comments);

        // An approved comment: the threads and the article's count, not the unrelated article
        int comment = anonymous().body(Map.of("name", "Reader", "email", TestData.unique("r") + "@readers.example", "body", "A thought"))
                .post(comments).then().statusCode(202).extract().path("id");
        editor().body(Map.of("status", "approved")).patch("/api/v1/comments/" + comment).then().statusCode(200)
                .header("Purge-Keys", equalTo("article-" + id + " card-" + id + " comments-" + id));
        Map<String, String> approved = etags(page, other, tagList, tagPage, comments);
        assertChanged(unpublished, approved, page, comments, tagList);
        assertUnchanged(unpublished, approved, other, tagPage);

        // A tag renamed: every page that names it
        editor().body(Map.of("name", "Renamed " + tag)).patch(tagPage).then().statusCode(200)
                .header("Purge-Keys", containsString("tag-" + tag));
        Map<String, String> renamed = etags(page, other, tagList, tagPage, comments);
        assertChanged(approved, renamed, page, tagList, tagPage);
        assertUnchanged(approved, renamed, other, comments);
    }

    @Test
    void movingAnArticleToOtherTagsAndAuthorsChangesTheOldTagsAndAuthorsPagesAndListsToo() {
        String oldTag = TestData.tag();
        String newTag = TestData.tag();
        String oldAuthor = TestData.author();
        String newAuthor = TestData.author();
        String slug = TestData.article().tag(oldTag).author(oldAuthor).published();
        TestData.article().tag(oldTag).author(oldAuthor).published();
        String[] pages = {"/api/v1/tags/" + oldTag, "/api/v1/authors/" + oldAuthor, "/api/v1/articles?tag=" + oldTag,
                "/api/v1/articles?author=" + oldAuthor, "/api/v1/tags/" + newTag, "/api/v1/authors/" + newAuthor,
                "/api/v1/articles?tag=" + newTag, "/api/v1/articles?author=" + newAuthor};
        Map<String, String> before = etags(pages);
        editor().body(Map.of("tags", List.of(newTag), "authors", List.of(newAuthor))).patch("/api/v1/articles/" + slug)
                .then().statusCode(200);
        assertChanged(before, etags(pages), pages);
        anonymous().get("/api/v1/tags/" + oldTag).then().body("articleCount", equalTo(1));
        anonymous().get("/api/v1/authors/" + oldAuthor).then().body("articleCount", equalTo(1));
    }

    @Test
    void listsNameTheirCardsAuthorsAndTagsAsSurrogateKeys() {
        String tag = TestData.tag();
        String author = TestData.author();
        String slug = TestData.article().tag(tag).author(author).published();
        long id = anonymous().get("/api/v1/articles/" + slug).then().extract().jsonPath().getLong("id");
        String keys = anonymous().queryParam("tag", tag).queryParam("fields", "title").get("/api/v1/articles")
                .then().statusCode(200).extract().header("Surrogate-Key");
        assertEquals(List.of("article-lists", "articles-tag-" + tag, "card-" + id, "author-" + author, "tag-" + tag),
                Arrays.asList(keys.split(" ")));
        // Lists name what they filter on (and article-lists, which imports purge): all articles, the language, each accepted section; bodies are the article's
        assertTrue(anonymous().get("/api/v1/articles").then().extract().header("Surrogate-Key").startsWith("article-lists articles card-"));
        assertTrue(anonymous().queryParam("lang", "es").queryParam("fallback", "en").get("/api/v1/articles").then().extract()
                .header("Surrogate-Key").startsWith("article-lists articles-lang-es articles-lang-en"));
        assertTrue(anonymous().queryParam("section", "news,opinion").get("/api/v1/articles").then().extract()
                .header("Surrogate-Key").startsWith("article-lists articles-section-news articles-section-opinion"));
        assertTrue(anonymous().queryParam("q", "title").queryParam("author", author).get("/api/v1/articles").then().extract()
                .header("Surrogate-Key").startsWith("article-lists articles-edited articles-author-" + author));
        assertEquals(List.of("article-lists", "articles-tag-" + tag, "article-" + id, "author-" + author, "tag-" + tag), Arrays.asList(
                anonymous().queryParam("tag", tag).queryParam("include", "body").get("/api/v1/articles").then().extract()
                        .header("Surrogate-Key").split(" ")));
    }

    @Test
    void editorResponsesAreNeverCachedByShares() {
        String slug = TestData.author();
        editor().get("/api/v1/authors/" + slug)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("Vary", containsString("Authorization"))
                .header("ETag", matchesPattern("\"\\d+\""))
                .header("Surrogate-Key", nullValue());
        editor().get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", nullValue());
    }

    @Test
    void previewsArePrivateAndHaveNoRepresentationETag() {
        String draft = TestData.article().draft();
        String token = editor().post("/api/v1/articles/" + draft + "/preview-links").then().statusCode(201).extract().path("token");
        anonymous().get("/api/v1/previews/" + token).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", nullValue())
                .header("Surrogate-Key", nullValue());
    }

    @Test
    void eachLanguageHasItsOwnETagAndTheResponseVariesByAcceptLanguage() {
        String english = anonymous().header("Accept-Language", "en").get("/api/v1/sections").then().statusCode(200)
                .header("Vary", containsString("Accept-Language")).extract().header("ETag");
        String spanish = anonymous().header("Accept-Language", "es").get("/api/v1/sections").then().statusCode(200)
                .header("Vary", containsString("Accept-Language")).extract().header("ETag");
        assertNotEquals(english, spanish);
        anonymous().header("Accept-Language", "es").header("If-None-Match", english).get("/api/v1/sections").then().statusCode(200);
    }

    @Test
    void notFoundIsCachedBrieflyAndOtherErrorsNotAtAll() {
        anonymous().get("/api/v1/articles/no-such-article-here").then().statusCode(404)
                .header("Cache-Control", equalTo("public, max-age=10, s-maxage=10"))
                .header("ETag", nullValue());
        anonymous().queryParam("size", "1000").get("/api/v1/articles").then().statusCode(400)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void varyNamesAcceptLanguageOnlyWhereAcceptLanguageChoseTheLanguage() {
        String slug = TestData.article().published();
        anonymous().get("/api/v1/articles").then().statusCode(200).header("Vary", containsString("Accept-Language"));
        anonymous().get("/api/v1/tags").then().statusCode(200).header("Vary", containsString("Accept-Language"));
        // lang= names the language; an article is in its own; authors have one
        for (String url : List.of("/api/v1/articles?lang=es", "/api/v1/articles/" + slug, "/api/v1/authors", "/api/v1/tags?lang=es")) {
            String vary = anonymous().get(url).then().statusCode(200).extract().header("Vary");
            assertEquals("Authorization, Accept-Encoding", vary, url);
            // From memory the same
            assertEquals(vary, anonymous().get(url).then().statusCode(200).extract().header("Vary"), url);
        }
        editor().get("/api/v1/articles/" + slug).then().statusCode(200).header("Vary", equalTo("Authorization, Origin"));
    }

    @Test
    void headAnswersCarryTheContentLengthOfTheBodyGetWouldSend() throws Exception {
        String slug = TestData.article().published();
        for (String url : List.of("/api/v1/articles/" + slug, "/api/v1/articles?size=3&tag=" + TestData.tag(), "/api/v1/languages")) {
            // the first HEAD renders the page, the second is answered from memory: both say the length GET sends
            RawHttp.Response rendered = RawHttp.toApplication().send("HEAD", url, List.of(), null);
            int length = anonymous().get(url).then().statusCode(200).extract().asByteArray().length;
            RawHttp.Response remembered = RawHttp.toApplication().send("HEAD", url, List.of(), null);
            for (RawHttp.Response head : List.of(rendered, remembered)) {
                assertEquals(200, head.status(), url);
                assertEquals(String.valueOf(length), head.header("Content-Length"), url);
                assertEquals(0, head.body().length);
            }
        }
        HttpResponse<byte[]> gzipped = raw("/api/v1/articles?size=20&include=body", "gzip");
        HttpResponse<Void> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":"
                        + RestAssured.port + "/api/v1/articles?size=20&include=body")).header("Accept-Encoding", "gzip")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(String.valueOf(gzipped.body().length), head.headers().firstValue("Content-Length").orElse(null));
        assertEquals(gzipped.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
    }

    @Test
    void answersOutsideTheApiAndTo405sSayHowLongTheyHold() {
        anonymous().get("/").then().statusCode(404).header("Cache-Control", equalTo("public, max-age=10, s-maxage=10"));
        anonymous().get("/no/such/page").then().statusCode(404).header("Cache-Control", equalTo("public, max-age=10, s-maxage=10"));
        anonymous().delete("/api/v1/articles").then().statusCode(405).header("Cache-Control", equalTo("no-store"));
        anonymous().put("/api/v1/languages").then().statusCode(405).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void linksAreBuiltFromTheHostTheClientAskedForAndIgnoreForwardedHeadersByDefault() {
        String links = anonymous().header("Host", "news.example").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").queryParam("size", 1).get("/api/v1/articles")
                .then().statusCode(200).extract().header("Link");
        assertTrue(links.startsWith("<http://news.example/api/v1/articles?"), links);
        assertTrue(!links.contains("evil.example"), links);
    }

    @Test
    void bodiesOver1KbAreGzippedWithTheirOwnETagWhenTheClientAcceptsIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            TestData.article().published();
        }
        String url = "/api/v1/articles?size=20&include=body";
        HttpResponse<byte[]> gzipped = raw(url, "gzip, deflate");
        HttpResponse<byte[]> identity = raw(url, "identity");
        HttpResponse<byte[]> refused = raw(url, "gzip;q=0, deflate");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        assertNull(identity.headers().firstValue("Content-Encoding").orElse(null));
        assertNull(refused.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(identity.body().length > 1024);
        String plain = identity.headers().firstValue("ETag").orElseThrow();
        assertEquals(plain.substring(0, plain.length() - 1) + "-gzip\"", gzipped.headers().firstValue("ETag").orElseThrow());
        assertEquals(new String(identity.body(), StandardCharsets.UTF_8),
                new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(gzipped.headers().firstValue("Vary").orElseThrow().contains("Accept-Encoding"));
        anonymous().header("Accept-Encoding", "identity").get("/api/v1/languages").then().statusCode(200)
                .header("Content-Encoding", nullValue()).header("ETag", not(containsString("-gzip")));
    }

    private static HttpResponse<byte[]> raw(String path, String acceptEncoding) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Accept-Encoding", acceptEncoding).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> etags(String... urls) {
        Map<String, String> etags = new java.util.LinkedHashMap<>();
        for (String url : urls) {
            etags.put(url, anonymous().get(url).then().statusCode(200).extract().header("ETag"));
        }
        return etags;
    }

    private static void assertChanged(Map<String, String> before, Map<String, String> after, String... urls) {
        for (String url : urls) {
            assertNotEquals(before.get(url), after.get(url), url + " should have a new ETag");
        }
    }

    private static void assertUnchanged(Map<String, String> before, Map<String, String> after, String... urls) {
        for (String url : urls) {
            assertEquals(before.get(url), after.get(url), url + " should keep its ETag");
        }
    }

    @Test
    void keysOfPersianSlugsArePercentEncodedLikeUrls() {
        String slug = editor().body(Map.of("name", "دیپلماسی علمی " + TestData.unique("t"))).post("/api/v1/tags")
                .then().statusCode(201).extract().path("slug");
        String expected = "tag-" + java.net.URLEncoder.encode(slug, StandardCharsets.UTF_8);
        String keys = anonymous().get("/api/v1/tags/" + slug).then().statusCode(200).extract().header("Surrogate-Key");
        assertTrue(List.of(keys.split(" ")).contains(expected), keys + " should name " + expected);
        assertTrue(keys.chars().allMatch(c -> c > 32 && c < 127 || c == ' '), "header values are ASCII: " + keys);
    }
}
