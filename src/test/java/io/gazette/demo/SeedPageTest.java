package io.gazette.demo;

import static io.gazette.support.TestData.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.DemoContentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The front-end check: the seed page (test resource seed/publication-page.txt, a copy of shared/seed's
 * capture) rebuilt from the public API alone, every text block in the page's order, as a front end would.
 */
@QuarkusTest
@TestProfile(DemoContentProfile.class)
class SeedPageTest {

    static final String SEED = "presidents-latin-america-tour-importance-of-scientific-technological-diplomacy";
    /** The box's call: the 7 newest English pieces but the one on the page. The Spanish page makes the same call. */
    static final String LATEST = "/api/v1/articles?lang=en&size=7&exclude=" + SEED;

    /** The front end's own furniture, not content: the loader's image text and the infinite-scroll spinner. */
    static final String LOADER_IMAGE = "loader image";
    static final String LOADING = "Loading";

    /**
     * Where the capture is not consistent with itself, the rendering follows the rule every other item follows:
     * the first item's lead was typed by hand on the original site ("online", no section).
     */
    static final Map<String, String> HAND_TYPED_IN_SEED = Map.of(
            "Strategic Council online: The President of the Strategic Council on Foreign Relations, in an interview with France 24 Español, explained Iran’s approach to the Gaza war and outlined the region’s future after this bitter historical event.",
            "Strategic Council Online – Interview: The President of the Strategic Council on Foreign Relations, in an interview with France 24 Español, explained Iran’s approach to the Gaza war and outlined the region’s future after this bitter historical event.");

    private final Map<String, Map<String, String>> sectionNames = new HashMap<>();

    @Test
    void rebuildsEveryTextBlockOfTheSeedPageFromTheApi() {
        List<String> expected = seedBlocks().stream().map(line -> HAND_TYPED_IN_SEED.getOrDefault(line, line)).toList();
        List<String> page = new ArrayList<>();
        page.add(LOADER_IMAGE);
        page.addAll(article(SEED));
        page.addAll(latestContent("en"));
        page.addAll(latestContent("es"));
        assertEquals(String.join("\n", expected), String.join("\n", page));
    }

    @Test
    void creditsTheSameAuthorWithEachPiecesOwnRole() {
        assertEquals("Hamid Khoshayand – Expert on international affairs", byline(get("/api/v1/articles/" + SEED).getList("authors")));
        assertEquals(List.of("Hamideh Safamanesh – International relations researcher", "Hamid Khoshayand – Expert on regional affairs",
                        "Dr. Mohammad Mehdi Mazaheri – University professor"),
                get(LATEST).<List<Map<String, Object>>>getList("items.authors").stream()
                        .map(SeedPageTest::byline).filter(credit -> !credit.isEmpty()).toList());
        assertEquals("Expert on international affairs", get("/api/v1/authors/hamid-khoshayand").getString("role"));
    }

    @Test
    void spanishBoxHasTheSpanishHeadingOverTheSameSevenTitles() {
        List<String> english = latestContent("en");
        List<String> spanish = latestContent("es");
        assertEquals("LATEST CONTENT", english.get(0));
        assertEquals("Últimas publicaciones", spanish.get(0));
        assertEquals(english.subList(1, english.size()), spanish.subList(1, spanish.size()));
        assertEquals(List.of("Single-State, Iran’s solution to the Palestinian crisis",
                        "Organizing Immigration Issue, Cause of Escalation of Divergence in EU",
                        "Germany’s “New Defense Policy Guidelines”: Return of Germanic People to Age of Militarism?",
                        "NATO’s Ambiguous Mission in Iraq New Plan for Socio-Cultural Influence",
                        "Consequences, Prospects of Continuation of Ground Operations of Zionist Regime in Gaza",
                        "France vs. Baku and Ankara in the Caucasus",
                        "Reasons for Ineffectiveness of Riyadh Summit Concerning Expectations of Gazans"),
                get(LATEST).getList("items.title"));
    }

    /** Title; "Site - Section: lead" with the byline; body paragraphs; comments, their count and the form's texts. */
    private List<String> article(String slug) {
        JsonPath site = get("/api/v1/site?lang=en");
        JsonPath article = get("/api/v1/articles/" + slug);
        JsonPath comments = get("/api/v1/articles/" + slug + "/comments");
        List<String> blocks = new ArrayList<>();
        blocks.add(article.getString("title"));
        String credit = byline(article.getList("authors"));
        blocks.add(lead(site, article.getString("section"), article.getString("language"), " - ", article.getString("excerpt"))
                + (credit.isEmpty() ? "" : " " + credit));
        blocks.addAll(Jsoup.parse(article.getString("body")).select("p").eachText());
        blocks.add(site.getString("labels.commentCount").replace("{count}", article.getString("commentCount")));
        for (Map<String, Object> comment : comments.<Map<String, Object>>getList("items")) {
            blocks.add(comment.get("name") + ": " + comment.get("body"));
        }
        blocks.add(site.getString("labels.submitComment"));
        blocks.add(site.getString("labels.commentPrivacyNotice"));
        return blocks;
    }

    /** The heading in the page's language over the English cards: title, "Site – Section: lead", and a byline line for registered authors only. */
    private List<String> latestContent(String pageLanguage) {
        JsonPath site = get("/api/v1/site?lang=" + pageLanguage);
        List<String> blocks = new ArrayList<>();
        blocks.add(site.getString("labels.latestContent"));
        for (Map<String, Object> card : get(LATEST).<Map<String, Object>>getList("items")) {
            blocks.add((String) card.get("title"));
            blocks.add(lead(site, (String) card.get("section"), (String) card.get("language"), " – ", (String) card.get("excerpt")));
            @SuppressWarnings("unchecked")
            String credit = byline((List<Map<String, Object>>) card.get("authors"));
            if (!credit.isEmpty()) {
                blocks.add(credit);
            }
        }
        blocks.add(LOADING);
        return blocks;
    }

    /** The section's name is in the piece's own language, like the lead it opens. */
    private String lead(JsonPath site, String section, String language, String dash, String excerpt) {
        String name = sectionNames.computeIfAbsent(language, l -> get("/api/v1/sections?lang=" + l).<Map<String, Object>>getList("items")
                .stream().collect(Collectors.toMap(s -> (String) s.get("value"), s -> (String) s.get("name")))).get(section);
        return site.getString("name") + dash + name + ": " + excerpt;
    }

    private static String byline(List<Map<String, Object>> authors) {
        return authors.stream().map(a -> a.get("name") + " – " + a.get("role")).collect(Collectors.joining(", "));
    }

    private static JsonPath get(String path) {
        return anonymous().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The capture's text blocks, one per non-empty line. */
    private static List<String> seedBlocks() {
        try (InputStream in = SeedPageTest.class.getResourceAsStream("/seed/publication-page.txt")) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
