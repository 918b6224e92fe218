package io.gazette;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.gazette.support.DemoContentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoContentProfile.class)
class DemoContentTest {

    private static final String SEED = "presidents-latin-america-tour-importance-of-scientific-technological-diplomacy";
    private static final String NEWEST = "single-state-irans-solution-to-the-palestinian-crisis";
    private static final String COMMENTED = "reasons-for-ineffectiveness-of-riyadh-summit-concerning-expectations-of-gazans";
    private static final String GAZA = "consequences-prospects-of-continuation-of-ground-operations-of-zionist-regime-in-gaza";

    @Test
    void loadsSeedArticleAndLatestContent() {
        anonymous().get("/api/v1/articles")
                .then().statusCode(200)
                .body("meta.totalItems", equalTo(11))
                .body("items.title", hasItem("France vs. Baku and Ankara in the Caucasus"))
                .body("items.byline", hasItem("An international relations professor"));
        // The seed article is the oldest English piece: the 7 of its LATEST CONTENT box are newer.
        anonymous().queryParam("lang", "en").get("/api/v1/articles")
                .then().statusCode(200)
                .body("meta.totalItems", equalTo(8))
                .body("items[0].slug", equalTo(NEWEST))
                .body("items[7].slug", equalTo(SEED));
        anonymous().get("/api/v1/articles/" + SEED)
                .then().statusCode(200)
                .body("section", equalTo("opinion"))
                .body("authors[0].name", equalTo("Hamid Khoshayand"))
                .body("authors[0].role", equalTo("Expert on international affairs"))
                .body("commentCount", equalTo(0));
    }

    @Test
    void demoCommentsAreApprovedWithoutEmails() {
        anonymous().get("/api/v1/articles/" + SEED + "/comments")
                .then().statusCode(200)
                .body("items.size()", equalTo(0));
        anonymous().get("/api/v1/articles/" + COMMENTED + "/comments")
                .then().statusCode(200)
                .body("items.size()", equalTo(3))
                .body(not(containsString("@readers.example")));
        anonymous().get("/api/v1/articles/" + COMMENTED).then().statusCode(200).body("commentCount", equalTo(3));
        editor().queryParam("article", COMMENTED).get("/api/v1/comments")
                .then().statusCode(200)
                .body("items.email", hasItem("maryam@readers.example"));
    }

    @Test
    void creditsTheGazaPieceWithItsOwnRole() {
        anonymous().get("/api/v1/articles/" + GAZA)
                .then().statusCode(200)
                .body("authors[0].slug", equalTo("hamid-khoshayand"))
                .body("authors[0].role", equalTo("Expert on regional affairs"));
        editor().get("/api/v1/articles/" + GAZA)
                .then().statusCode(200)
                .body("authorRoles", equalTo(java.util.Map.of("hamid-khoshayand", "Expert on regional affairs")));
        editor().get("/api/v1/articles/" + SEED).then().statusCode(200).body("authorRoles", equalTo(java.util.Map.of()));
    }

    @Test
    void demoChangesAreRecordedAsTheDemoActor() {
        editor().get("/api/v1/articles/" + SEED + "/revisions")
                .then().statusCode(200)
                .body("items.actor", everyItem(equalTo("demo")))
                .body("items.action", equalTo(java.util.List.of("status", "created")));
        editor().get("/api/v1/articles/" + SEED).then().statusCode(200).body("owner", equalTo("demo"));
    }

    @Test
    void authorsCarryCountsAndRoleLines() {
        anonymous().get("/api/v1/authors/hamid-khoshayand")
                .then().statusCode(200)
                .body("articleCount", equalTo(4));
    }

    @Test
    void showsSpanishAndPersianEditionsLinkedAsTranslations() {
        anonymous().get("/api/v1/articles/" + SEED)
                .then().statusCode(200)
                .body("translations.language", equalTo(java.util.List.of("es", "fa")))
                .body("translations.find { it.language == 'fa' }.dir", equalTo("rtl"));
        anonymous().header("Accept-Language", "es").get("/api/v1/articles")
                .then().statusCode(200)
                .header("Content-Language", "es")
                .body("items.size()", equalTo(2));
        anonymous().queryParam("lang", "es").queryParam("fallback", "en").get("/api/v1/articles")
                .then().statusCode(200)
                .body("meta.totalItems", equalTo(8));
    }
}
