package io.gazette.site;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static io.gazette.support.TestData.withoutIfMatch;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteApiTest {

    private static final String SITE = "/api/v1/site";

    /** Settings with English labels, Spanish ones without submitComment, and none of Persian's or Arabic's own. */
    static Map<String, Object> settings() {
        Map<String, Object> english = new HashMap<>();
        english.put("latestContent", "LATEST CONTENT");
        english.put("commentCount", "{count} Comments");
        english.put("submitComment", "Submit a Comment");
        english.put("commentPrivacyNotice", "Your email address will not be published. Required fields are marked *");
        Map<String, Object> spanish = new HashMap<>();
        spanish.put("latestContent", "Últimas publicaciones");
        spanish.put("commentCount", "{count} comentarios");
        spanish.put("submitComment", null);
        spanish.put("commentPrivacyNotice", "Tu dirección de correo electrónico no será publicada.");
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("en", english);
        labels.put("es", spanish);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", "Strategic Council Online");
        settings.put("description", "Opinion, interviews and analysis");
        settings.put("url", "https://strategic-council.example.org");
        settings.put("logoUrl", null);
        settings.put("defaultLanguage", "en");
        settings.put("labels", labels);
        return settings;
    }

    /** Stores these settings as the admin (with the current ETag) and returns the new ETag. */
    static String store(Map<String, Object> settings) {
        return withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", TestData.etag(SITE)).body(settings).put(SITE)
                .then().statusCode(200).extract().header("ETag");
    }

    @Test
    void readersGetTheSiteWithPublicCachingHeaders() {
        store(settings());
        anonymous().get(SITE)
                .then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .header("Vary", containsString("Authorization"))
                .header("Vary", containsString("Accept-Language"))
                .header("Surrogate-Key", equalTo("site"))
                .header("ETag", not(matchesPattern("\"\\d+\"")))
                .header("Content-Language", "en")
                .body("name", equalTo("Strategic Council Online"))
                .body("description", equalTo("Opinion, interviews and analysis"))
                .body("url", equalTo("https://strategic-council.example.org"))
                .body("logoUrl", nullValue())
                .body("defaultLanguage", equalTo("en"))
                .body("languages.code", equalTo(List.of("en", "es", "fa", "ar")))
                .body("languages.find { it.code == 'fa' }.dir", equalTo("rtl"))
                .body("labels.latestContent", equalTo("LATEST CONTENT"))
                .body("labels.commentCount", equalTo("{count} Comments"))
                .body("labels.commentPrivacyNotice", equalTo("Your email address will not be published. Required fields are marked *"));
    }

    @Test
    void langChoosesTheLabelsLanguage() {
        store(settings());
        anonymous().queryParam("lang", "es").get(SITE)
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body("name", equalTo("Strategic Council Online"))
                .body("labels.latestContent", equalTo("Últimas publicaciones"))
                .body("labels.commentCount", equalTo("{count} comentarios"));
    }

    @Test
    void acceptLanguageChoosesTheLabelsLanguageWhenLangIsAbsent() {
        Map<String, Object> settings = settings();
        labels(settings).put("fa", Map.of("latestContent", "آخرین مطالب"));
        store(settings);
        anonymous().header("Accept-Language", "fa-IR, en;q=0.5").get(SITE)
                .then().statusCode(200)
                .header("Content-Language", "fa")
                .body("labels.latestContent", equalTo("آخرین مطالب"));
        anonymous().header("Accept-Language", "es-MX").queryParam("lang", "fa").get(SITE)
                .then().statusCode(200)
                .header("Content-Language", "fa");
    }

    @Test
    void aLabelMissingInTheLanguageComesFromTheDefaultLanguage() {
        store(settings());
        anonymous().queryParam("lang", "es").get(SITE)
                .then().statusCode(200)
                .body("labels.submitComment", equalTo("Submit a Comment"));
        anonymous().queryParam("lang", "ar").get(SITE)
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("labels.latestContent", equalTo("LATEST CONTENT"));
    }

    @Test
    void aLabelSetNowhereComesFromGazettesEnglishDefault() {
        Map<String, Object> settings = settings();
        settings.put("defaultLanguage", "es");
        store(settings);
        anonymous().header("Accept-Language", "de").get(SITE)
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body("defaultLanguage", equalTo("es"))
                .body("labels.latestContent", equalTo("Últimas publicaciones"))
                .body("labels.submitComment", equalTo("Submit a comment"));
    }

    @Test
    void anUnconfiguredLangIsABadRequest() {
        anonymous().queryParam("lang", "de").get(SITE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void adminsReadTheSettingsOfEveryLanguageWithAnETag() {
        String etag = store(settings());
        editor().get(SITE)
                .then().statusCode(200)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("private, no-store"))
                .body("labels.es.latestContent", equalTo("Últimas publicaciones"))
                .body("labels.es.submitComment", nullValue())
                .body("labels.en.submitComment", equalTo("Submit a Comment"))
                .body("labels", not(hasKey("fa")))
                .body("$", not(hasKey("languages")));
    }

    @Test
    void editorsAndAuthorsReadTheReadersView() {
        store(settings());
        for (String role : List.of("editor", "author")) {
            TestData.as(TestData.key(role)).get(SITE)
                    .then().statusCode(200)
                    .header("ETag", nullValue())
                    .body("labels.latestContent", equalTo("LATEST CONTENT"));
        }
    }

    @Test
    void replacingChangesTheSiteAndItsETag() {
        String before = store(settings());
        Map<String, Object> changed = settings();
        changed.put("name", "Strategic Council Online (beta)");
        changed.put("logoUrl", "https://cdn.example.org/logo.svg");
        String after = withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", before).body(changed).put(SITE)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Strategic Council Online (beta)"))
                .body("logoUrl", equalTo("https://cdn.example.org/logo.svg"))
                .extract().header("ETag");
        assertNotEquals(before, after);
        assertEquals(after, TestData.etag(SITE));
        anonymous().get(SITE).then().statusCode(200).body("name", equalTo("Strategic Council Online (beta)"));
    }

    @Test
    void changingOnlyALabelChangesTheETag() {
        String before = store(settings());
        Map<String, Object> changed = settings();
        labels(changed).put("fa", Map.of("latestContent", "آخرین مطالب"));
        assertNotEquals(before, store(changed));
    }

    @Test
    void replacingWithTheSameSettingsKeepsTheETag() {
        String before = store(settings());
        assertEquals(before, store(settings()));
    }

    @Test
    void aStaleETagIsAPreconditionFailure() {
        String stale = store(settings());
        store(Map.of("name", "Someone else's change", "url", "https://other.example.org", "defaultLanguage", "en", "labels", Map.of()));
        withoutIfMatch(TestData.EDITOR_TOKEN).header("If-Match", stale).body(settings()).put(SITE)
                .then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void replacingWithoutIfMatchIsAPreconditionRequired() {
        withoutIfMatch(TestData.EDITOR_TOKEN).body(settings()).put(SITE)
                .then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void replacingNeedsCredentials() {
        anonymous().header("If-Match", "*").body(settings()).put(SITE)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void editorsMayNotReplaceTheSite() {
        withoutIfMatch(TestData.key("editor")).header("If-Match", "*").body(settings()).put(SITE)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> labels(Map<String, Object> settings) {
        return (Map<String, Object>) settings.get("labels");
    }
}
