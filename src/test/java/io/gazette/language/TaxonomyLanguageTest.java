package io.gazette.language;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaxonomyLanguageTest {

    @Test
    void tagPagesShowNamesInTheAskedLanguage() {
        String tag = TestData.tag();
        editor().body(Map.of("name", "América Latina " + tag, "description", "Relaciones"))
                .put("/api/v1/tags/" + tag + "/names/es")
                .then().statusCode(200).body("name", equalTo("América Latina " + tag));
        anonymous().queryParam("lang", "es").get("/api/v1/tags/" + tag)
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body("name", equalTo("América Latina " + tag))
                .body("description", equalTo("Relaciones"));
        anonymous().header("Accept-Language", "es-MX, en;q=0.5").get("/api/v1/tags/" + tag)
                .then().statusCode(200).body("name", equalTo("América Latina " + tag));
        anonymous().queryParam("lang", "fa").get("/api/v1/tags/" + tag)
                .then().statusCode(200).body("name", equalTo("Tag " + tag));
        anonymous().get("/api/v1/tags/" + tag).then().statusCode(200).body("name", equalTo("Tag " + tag));
    }

    @Test
    void articleCardsAndViewsUseTheirLanguageForTagNames() {
        String tag = TestData.tag();
        editor().body(Map.of("name", "Diplomacia " + tag)).put("/api/v1/tags/" + tag + "/names/es").then().statusCode(200);
        String spanish = TestData.article().tag(tag).with("language", "es").published();
        TestData.article().tag(tag).published();
        anonymous().queryParam("tag", tag).queryParam("lang", "es").get("/api/v1/articles")
                .then().statusCode(200).body("items[0].tags[0].name", equalTo("Diplomacia " + tag));
        anonymous().queryParam("tag", tag).queryParam("lang", "en").get("/api/v1/articles")
                .then().statusCode(200).body("items[0].tags[0].name", equalTo("Tag " + tag));
        anonymous().get("/api/v1/articles/" + spanish).then().statusCode(200).body("tags[0].name", equalTo("Diplomacia " + tag));
    }

    @Test
    void sectionsAreNamedInTheAskedLanguage() {
        anonymous().queryParam("lang", "es").get("/api/v1/sections")
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body("items.find { it.value == 'opinion' }.name", equalTo("Opinión"));
        anonymous().header("Accept-Language", "fa").get("/api/v1/sections")
                .then().statusCode(200).body("items.find { it.value == 'interview' }.name", equalTo("گفت‌وگو"));
        anonymous().get("/api/v1/sections").then().statusCode(200).body("items.find { it.value == 'news' }.name", equalTo("News"));
        anonymous().queryParam("lang", "xx").get("/api/v1/sections").then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void editorsManageNamesPerConfiguredLanguage() {
        String tag = TestData.tag();
        editor().body(Map.of("name", "Nombre")).put("/api/v1/tags/" + tag + "/names/es").then().statusCode(200);
        editor().delete("/api/v1/tags/" + tag + "/names/es").then().statusCode(204);
        anonymous().queryParam("lang", "es").get("/api/v1/tags/" + tag).then().body("name", equalTo("Tag " + tag));
        editor().delete("/api/v1/tags/" + tag + "/names/es").then().statusCode(404);
        editor().body(Map.of("name", "Name")).put("/api/v1/tags/" + tag + "/names/de").then().statusCode(400).body("errors[0].field", equalTo("lang"));
        editor().body(Map.of("name", "")).put("/api/v1/tags/" + tag + "/names/es").then().statusCode(400).body("errors[0].field", equalTo("name"));
        anonymous().body(Map.of("name", "Nombre")).put("/api/v1/tags/" + tag + "/names/es").then().statusCode(401);
    }
}
