package io.gazette.site;

import static io.gazette.support.TestData.withoutIfMatch;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteValidationTest {

    private static ValidatableResponse replace(Object body) {
        return withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", "*").body(body).put("/api/v1/site")
                .then().contentType("application/problem+json");
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> settings = SiteApiTest.settings();
        settings.put(field, value);
        return settings;
    }

    private static Map<String, Object> withSpanishLabel(String label, Object value) {
        Map<String, Object> spanish = new java.util.HashMap<>();
        spanish.put(label, value);
        return with("labels", Map.of("es", spanish));
    }

    @Test
    void rejectsAUrlThatIsNotHttp() {
        for (String url : List.of("ftp://strategic-council.example.org", "javascript:alert(1)", "https://", "strategic-council.example.org")) {
            replace(with("url", url)).statusCode(400)
                    .body("errors.field", hasItem("url"))
                    .body("errors.find { it.field == 'url' }.message", equalTo("must be an http or https URL"));
        }
        replace(with("logoUrl", "file:///etc/passwd")).statusCode(400).body("errors.field", equalTo(List.of("logoUrl")));
    }

    @Test
    void rejectsLanguagesThatAreNotConfigured() {
        replace(with("defaultLanguage", "de")).statusCode(400)
                .body("errors.field", equalTo(List.of("defaultLanguage")))
                .body("errors[0].message", equalTo("must be one of en, es, fa, ar"));
        replace(with("labels", Map.of("de", Map.of("latestContent", "Neueste Beiträge")))).statusCode(400)
                .body("errors.field", equalTo(List.of("labels.de")));
    }

    @Test
    void rejectsTooLongTexts() {
        replace(with("name", "n".repeat(121))).statusCode(400).body("errors.field", equalTo(List.of("name")));
        replace(with("description", "d".repeat(501))).statusCode(400).body("errors.field", equalTo(List.of("description")));
        replace(withSpanishLabel("latestContent", "l".repeat(101))).statusCode(400)
                .body("errors.field", equalTo(List.of("labels.es.latestContent")));
    }

    @Test
    void rejectsABlankName() {
        replace(with("name", " ")).statusCode(400).body("errors.field", equalTo(List.of("name")));
    }

    @Test
    void rejectsALabelThatDoesNotExist() {
        replace(withSpanishLabel("latestNews", "Noticias")).statusCode(400)
                .body("errors.field", equalTo(List.of("labels.es.latestNews")))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void rejectsAnUnknownTopLevelField() {
        replace(with("theme", "dark")).statusCode(400).body("errors.field", equalTo(List.of("theme")));
    }

    @Test
    void rejectsACommentCountWithoutItsPlaceholder() {
        replace(withSpanishLabel("commentCount", "comentarios")).statusCode(400)
                .body("errors.field", equalTo(List.of("labels.es.commentCount")))
                .body("errors[0].message", equalTo("must contain {count}, which stands for the number"));
    }

    @Test
    void rejectsWrongTypes() {
        replace(with("name", 5)).statusCode(400).body("errors.field", equalTo(List.of("name")));
        replace(with("labels", "LATEST CONTENT")).statusCode(400).body("errors.field", equalTo(List.of("labels")));
        replace(with("labels", Map.of("es", List.of("Últimas publicaciones")))).statusCode(400)
                .body("errors.field", equalTo(List.of("labels.es")));
        replace(withSpanishLabel("latestContent", true)).statusCode(400)
                .body("errors.field", equalTo(List.of("labels.es.latestContent")));
    }

    @Test
    void rejectsALanguageWithoutLabels() {
        Map<String, Object> labels = new java.util.HashMap<>();
        labels.put("es", null);
        replace(with("labels", labels)).statusCode(400).body("errors.field", equalTo(List.of("labels.es")));
    }

    @Test
    void rejectsMissingRequiredFields() {
        replace(Map.of("name", "Strategic Council Online")).statusCode(400)
                .body("errors.field", equalTo(List.of("defaultLanguage", "labels", "url")));
    }
}
