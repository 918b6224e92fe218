package io.gazette.language;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TranslationApiTest {

    private static String link(String slug, String translation) {
        return "/api/v1/articles/" + slug + "/translations/" + translation;
    }

    @Test
    void linkedTranslationsListEachOther() {
        String english = TestData.article().published();
        String spanish = TestData.article().with("language", "es").published();
        String persian = TestData.article().with("language", "fa").published();
        editor().put(link(english, spanish)).then().statusCode(200).body("translations.slug", equalTo(List.of(spanish)));
        editor().put(link(spanish, persian)).then().statusCode(200);
        anonymous().get("/api/v1/articles/" + english)
                .then().statusCode(200)
                .body("translations.language", equalTo(List.of("es", "fa")))
                .body("translations.find { it.language == 'fa' }.dir", equalTo("rtl"));
        anonymous().get("/api/v1/articles/" + persian)
                .then().statusCode(200)
                .body("translations.slug", equalTo(List.of(english, spanish)));
    }

    @Test
    void readersSeeOnlyPublishedTranslations() {
        String english = TestData.article().published();
        String draft = TestData.article().with("language", "ar").draft();
        editor().put(link(english, draft)).then().statusCode(200);
        anonymous().get("/api/v1/articles/" + english).then().statusCode(200).body("translations.size()", equalTo(0));
        editor().get("/api/v1/articles/" + english).then().statusCode(200).body("translations.slug", equalTo(List.of(draft)));
    }

    @Test
    void oneArticlePerLanguagePerGroup() {
        String english = TestData.article().published();
        String spanish = TestData.article().with("language", "es").published();
        String otherSpanish = TestData.article().with("language", "es").published();
        String otherEnglish = TestData.article().published();
        editor().put(link(english, spanish)).then().statusCode(200);
        editor().put(link(english, otherSpanish)).then().statusCode(409).contentType("application/problem+json");
        editor().put(link(english, otherEnglish)).then().statusCode(409);
        editor().put(link(english, english)).then().statusCode(400);
        editor().put(link(english, TestData.unique("none"))).then().statusCode(404);
        anonymous().put(link(english, spanish)).then().statusCode(401);
    }

    @Test
    void unlinksTranslations() {
        String english = TestData.article().published();
        String spanish = TestData.article().with("language", "es").published();
        editor().put(link(english, spanish)).then().statusCode(200);
        editor().delete(link(english, spanish)).then().statusCode(200).body("translations.size()", equalTo(0));
        anonymous().get("/api/v1/articles/" + spanish).then().body("translations.size()", equalTo(0));
        editor().delete(link(english, spanish)).then().statusCode(404);
    }

    @Test
    void unicodeSlugsRoundTripThroughPercentEncodedUrls() {
        String marker = String.valueOf(System.nanoTime());
        String persian = editor().body(java.util.Map.of("title", "دیپلماسی علمی " + marker, "section", "analysis", "language", "fa"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        String arabic = editor().body(java.util.Map.of("title", "الدبلوماسية العلمية " + marker, "section", "analysis", "language", "ar"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("slug");
        editor().post("/api/v1/articles/" + persian + "/publish").then().statusCode(200);
        editor().post("/api/v1/articles/" + arabic + "/publish").then().statusCode(200);
        for (String slug : List.of(persian, arabic)) {
            String encoded = java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8);
            io.restassured.RestAssured.given().urlEncodingEnabled(false).get("/api/v1/articles/" + encoded)
                    .then().statusCode(200).body("slug", equalTo(slug)).body("dir", equalTo("rtl"));
        }
        // Slugs are unique across languages, so a translation with the same title gets a slug of its own.
        editor().body(java.util.Map.of("slug", persian, "title", "x", "section", "news", "language", "ar"))
                .post("/api/v1/articles").then().statusCode(409);
    }
}
