package io.gazette.site;

import static io.gazette.support.TestData.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.support.DemoContentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoContentProfile.class)
class SiteDemoTest {

    @Test
    void demoSiteSpeaksEnglishByDefault() {
        anonymous().get("/api/v1/site")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("name", equalTo("Strategic Council Online"))
                .body("defaultLanguage", equalTo("en"))
                .body("labels.latestContent", equalTo("LATEST CONTENT"))
                .body("labels.commentCount", equalTo("{count} Comments"))
                .body("labels.submitComment", equalTo("Submit a Comment"))
                .body("labels.commentPrivacyNotice", equalTo("Your email address will not be published. Required fields are marked *"));
    }

    @Test
    void aConfiguredSiteUrlStaysTheSitesUrlWhenTheDemoIsLoaded() {
        anonymous().get("/api/v1/site").then().statusCode(200).body("url", equalTo(DemoContentProfile.DEMO_FRONT_END));
        anonymous().get("/feeds/en/articles.json").then().statusCode(200).body("home_page_url", containsString(DemoContentProfile.DEMO_FRONT_END));
    }

    @Test
    void demoSiteHasSpanishLabels() {
        anonymous().queryParam("lang", "es").get("/api/v1/site")
                .then().statusCode(200)
                .body("name", equalTo("Strategic Council Online"))
                .body("labels.latestContent", equalTo("Últimas publicaciones"))
                .body("labels.commentPrivacyNotice",
                        equalTo("Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *"));
    }

    @Test
    void demoSiteHasPersianLabels() {
        anonymous().header("Accept-Language", "fa").get("/api/v1/site")
                .then().statusCode(200)
                .header("Content-Language", "fa")
                .body("labels.latestContent", equalTo("آخرین مطالب"))
                .body("labels.commentCount", equalTo("{count} دیدگاه"))
                .body("labels.commentPrivacyNotice", equalTo("نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *"));
    }
}
