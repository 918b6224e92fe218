package io.gazette.common;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.MemoryCacheOffProfile;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Every list runs the same number of SQL statements for 1 item as for 30 (20 for related): no N+1. */
/** The uncached path: with the response cache on, a repeated anonymous read costs no statement at all. */
@QuarkusTest
@TestProfile(MemoryCacheOffProfile.class)
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    private static String tag;
    private static String article;

    /** Made once, on the first test's running application (a @BeforeAll would run before it starts). */
    private static synchronized void manyArticlesWithAuthorsTagsAndComments() {
        if (tag != null) {
            return;
        }
        tag = TestData.tag();
        for (int i = 0; i < 30; i++) {
            String slug = TestData.article().tag(tag).tag(TestData.tag()).author(TestData.author()).author(TestData.author()).published();
            if (i == 0) {
                article = slug;
            }
            int id = anonymous().body(Map.of("name", "R", "email", "r" + i + "@mail.example", "body", "c" + i))
                    .post("/api/v1/articles/" + slug + "/comments").then().statusCode(202).extract().path("id");
            if (i < 3) {
                editor().body(Map.of("status", "approved")).patch("/api/v1/comments/" + id).then().statusCode(200);
            }
        }
    }

    private long statements(Supplier<RequestSpecification> request, String path, int size) {
        // The first read fills the cache of list totals; measure the second, so both sizes are compared alike.
        request.get().queryParam("size", size).get(path).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        request.get().queryParam("size", size).get(path).then().statusCode(200);
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private void assertFlat(Supplier<RequestSpecification> request, String path) {
        assertFlat(request, path, 30);
    }

    private void assertFlat(Supplier<RequestSpecification> request, String path, int many) {
        manyArticlesWithAuthorsTagsAndComments();
        long one = statements(request, path, 1);
        long more = statements(request, path, many);
        assertEquals(one, more, path + ": " + one + " statements for 1 item, " + more + " for " + many);
    }

    @Test
    void articleListIsFlat() {
        assertFlat(() -> anonymous().queryParam("tag", tag).queryParam("include", "authors.bio,tags.description"), "/api/v1/articles");
        assertFlat(() -> anonymous().queryParam("tag", tag).queryParam("cursor", ""), "/api/v1/articles");
        assertFlat(() -> editor().queryParam("tag", tag).queryParam("status", "all"), "/api/v1/articles");
    }

    @Test
    void defaultListReadsPageIdsThenArticlesThenAuthorsAndTagsOnceEach() {
        manyArticlesWithAuthorsTagsAndComments();
        // page ids by index; those articles' card columns; their credits with the authors; their tags. The total is cached.
        assertEquals(4, statements(TestData::anonymous, "/api/v1/articles", 20));
        // In a language, the tag names come with the tags (a join), not as one more statement.
        for (int i = 0; i < 2; i++) {
            TestData.article().with("language", "es").tag(tag).author(TestData.author()).published();
        }
        assertEquals(4, statements(() -> anonymous().queryParam("lang", "es"), "/api/v1/articles", 20));
    }

    @Test
    void articleBySlugIsOneLookupPlusItsAuthorsAndItsTagsWithTheirNames() {
        manyArticlesWithAuthorsTagsAndComments();
        anonymous().get("/api/v1/articles/" + article).then().statusCode(200);
        sessionFactory.getStatistics().clear();
        anonymous().get("/api/v1/articles/" + article).then().statusCode(200);
        assertEquals(3, sessionFactory.getStatistics().getPrepareStatementCount());
    }

    @Test
    void searchIsFlat() {
        assertFlat(() -> anonymous().queryParam("q", "title"), "/api/v1/articles");
    }

    @Test
    void tagAndAuthorListsAreFlat() {
        assertFlat(TestData::anonymous, "/api/v1/tags");
        assertFlat(() -> anonymous().queryParam("sort", "-articleCount"), "/api/v1/tags");
        assertFlat(TestData::anonymous, "/api/v1/authors");
        assertFlat(() -> anonymous().queryParam("sort", "-articleCount"), "/api/v1/authors");
        assertFlat(TestData::editor, "/api/v1/authors");
    }

    @Test
    void commentListsAreFlat() {
        manyArticlesWithAuthorsTagsAndComments();
        assertFlat(TestData::anonymous, "/api/v1/articles/" + article + "/comments");
        assertFlat(TestData::editor, "/api/v1/comments");
    }

    @Test
    void relatedIsFlat() {
        manyArticlesWithAuthorsTagsAndComments();
        assertFlat(TestData::anonymous, "/api/v1/articles/" + article + "/related", 20);
    }

    @Test
    void accountAndRevisionListsAreFlat() {
        manyArticlesWithAuthorsTagsAndComments();
        for (int i = 0; i < 5; i++) {
            TestData.key("author");
        }
        assertFlat(TestData::editor, "/api/v1/accounts", 5);
        String slug = TestData.article().draft();
        for (int i = 0; i < 5; i++) {
            editor().body(Map.of("title", "Title " + i)).patch("/api/v1/articles/" + slug).then().statusCode(200);
        }
        assertFlat(TestData::editor, "/api/v1/articles/" + slug + "/revisions", 5);
    }
}
