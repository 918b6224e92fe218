package io.gazette.language;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NegotiationTest {

    /** An English piece with a Spanish translation, an English piece without one, and a Persian one. */
    private record Edition(String tag, String translatedEnglish, String spanish, String untranslatedEnglish, String persian) {
        static Edition create() {
            String tag = TestData.tag();
            String persian = TestData.article().tag(tag).with("language", "fa").published();
            String untranslated = TestData.article().tag(tag).published();
            String translated = TestData.article().tag(tag).published();
            String spanish = TestData.article().tag(tag).with("language", "es").published();
            editor().put("/api/v1/articles/" + translated + "/translations/" + spanish).then().statusCode(200);
            return new Edition(tag, translated, spanish, untranslated, persian);
        }
    }

    @Test
    void acceptLanguageChoosesTheListLanguage() {
        Edition e = Edition.create();
        anonymous().header("Accept-Language", "es").queryParam("tag", e.tag()).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Content-Language", "es")
                .header("Vary", containsString("Accept-Language"))
                .body("items.slug", equalTo(List.of(e.spanish())))
                .body("items[0].language", equalTo("es"));
    }

    @Test
    void qValuesOrderTheFallbacks() {
        Edition e = Edition.create();
        anonymous().header("Accept-Language", "en;q=0.3, es;q=0.9, de").queryParam("tag", e.tag()).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body("items.slug", equalTo(List.of(e.spanish(), e.untranslatedEnglish())))
                .body("items.language", equalTo(List.of("es", "en")));
    }

    @Test
    void fallbackChainFillsMissingTranslations() {
        Edition e = Edition.create();
        anonymous().queryParam("lang", "es").queryParam("fallback", "en,fa").queryParam("tag", e.tag()).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body("items.slug", equalTo(List.of(e.spanish(), e.untranslatedEnglish(), e.persian())));
        anonymous().queryParam("lang", "en").queryParam("tag", e.tag()).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", equalTo(List.of(e.translatedEnglish(), e.untranslatedEnglish())));
    }

    @Test
    void aLanguageWithoutContentGivesAnEmptyList() {
        Edition e = Edition.create();
        anonymous().queryParam("lang", "ar").queryParam("tag", e.tag()).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("items.size()", equalTo(0))
                .body("meta.totalItems", equalTo(0));
    }

    @Test
    void withoutLanguagePreferenceEveryLanguageIsListed() {
        Edition e = Edition.create();
        anonymous().header("Accept-Language", "de-DE").queryParam("tag", e.tag()).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Content-Language", nullValue())
                .body("items.size()", equalTo(4));
    }

    @Test
    void rejectsBadLanguageRequests() {
        anonymous().queryParam("fallback", "en").get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("fallback"));
        anonymous().queryParam("lang", "es").queryParam("fallback", "xx").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("fallback"));
        anonymous().header("Accept-Language", "en;q=banana").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("Accept-Language"));
    }

    @Test
    void articleViewStatesItsLanguage() {
        Edition e = Edition.create();
        anonymous().get("/api/v1/articles/" + e.persian()).then().statusCode(200).header("Content-Language", "fa").body("dir", equalTo("rtl"));
    }
}
