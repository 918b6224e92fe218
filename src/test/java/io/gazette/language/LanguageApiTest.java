package io.gazette.language;

import static io.gazette.support.TestData.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageApiTest {

    @Test
    void listsConfiguredLanguagesWithNamesAndDirection() {
        anonymous().get("/api/v1/languages")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("en", "es", "fa", "ar")))
                .body("items.find { it.code == 'fa' }.name", equalTo("Persian"))
                .body("items.find { it.code == 'fa' }.nativeName", equalTo("فارسی"))
                .body("items.find { it.code == 'fa' }.dir", equalTo("rtl"))
                .body("items.find { it.code == 'ar' }.dir", equalTo("rtl"))
                .body("items.find { it.code == 'es' }.nativeName", equalTo("español"))
                .body("items.find { it.code == 'en' }.dir", equalTo("ltr"))
                .body("meta.totalItems", equalTo(4));
        anonymous().queryParam("lang", "fa").get("/api/v1/languages").then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void articlesCarryTheirWritingDirection() {
        String tag = TestData.tag();
        String persian = TestData.article().tag(tag).with("language", "fa").published();
        String english = TestData.article().tag(tag).published();
        anonymous().get("/api/v1/articles/" + persian).then().statusCode(200).body("dir", equalTo("rtl"));
        anonymous().get("/api/v1/articles/" + english).then().statusCode(200).body("dir", equalTo("ltr"));
        anonymous().queryParam("tag", tag).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.dir", hasItem("rtl"))
                .body("items.dir", hasItem("ltr"));
    }
}
