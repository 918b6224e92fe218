package io.gazette.change;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.gazette.support.ImportJobClient;
import io.gazette.support.TestData;
import io.gazette.support.WxrFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTest {

    private static final int WRITES = 1000;
    private static final int CLIENT_READS_EVERY = 5;

    @Inject
    ObjectMapper json;

    @Inject
    ChangeTokens tokens;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void withoutATokenTheAnswerIsThePresentsTokenAndNoItems() {
        String token = changes(null, null).then().statusCode(200).header("Cache-Control", "no-store")
                .body("items", empty()).body("hasMore", equalTo(false)).extract().path("nextToken");
        changes(token, null).then().statusCode(200).body("items", empty()).body("nextToken", equalTo(token));

        String tag = TestData.tag();
        JsonPath page = changes(token, null).then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
        assertEquals("tag.updated", page.getString("items[0].event"));
        assertEquals("tag", page.getString("items[0].resource"));
        assertEquals("upsert", page.getString("items[0].change"));
        assertEquals(tag, page.getString("items[0].data.slug"));
        changes(page.getString("nextToken"), null).then().body("items", empty());
        changes(token, null).then().body("items", hasSize(1)).body("nextToken", equalTo(page.getString("nextToken")));
    }

    @Test
    void forgedMalformedAndUnknownTokensAndBadSizesAre400sNamingTheParameter() throws Exception {
        String token = changes(null, null).path("nextToken");
        String future = tokens.sign(new ChangeTokens.Cursor(head() + 1000, 0));
        for (String bad : List.of("garbage", TestData.alterCharacter(token, 3), TestData.alterCharacter(token, token.length() - 2),
                token + "x", future, "YzEuMS4w.AAAAAAAAAAAAAAAAAAAAAA")) {
            changes(bad, null).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("since"));
        }
        for (String size : List.of("0", "1001", "ten", "-1")) {
            changes(token, size).then().statusCode(400).body("errors[0].field", equalTo("size"));
        }
        anonymous().queryParam("sinse", token).get("/api/v1/changes").then().statusCode(400);
    }

    @Test
    void tombstonesForWhatLeavesPublicViewAndNothingForDrafts() {
        String token = changes(null, null).path("nextToken");
        String draft = TestData.article().draft();
        editor().body(Map.of("title", "Still a draft")).patch("/api/v1/articles/" + draft).then().statusCode(200);
        String slug = TestData.article().published();
        long id = anonymous().get("/api/v1/articles/" + slug).then().extract().jsonPath().getLong("id");
        editor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);

        JsonPath page = changes(token, null).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("article"), page.getList("items.resource"), "one item for the article, nothing for the draft");
        assertEquals(id, page.getLong("items[0].id"));
        assertEquals("delete", page.getString("items[0].change"));
        assertNull(page.get("items[0].data"));
    }

    /**
     * An import is a write like any other for a client syncing: what it made public comes as upserts, what it took out
     * of public view as a delete, under the event content.imported (one per batch of the import).
     */
    @Test
    void whatAnImportPublishesAndUnpublishesReachesTheFeed() {
        String run = TestData.unique("feed");
        String slug = run + "-germanys-new-defense-policy-guidelines";
        String wordpress = WxrFixture.forRun(run);
        String token = changes(null, null).path("nextToken");
        assertEquals("succeeded", ImportJobClient.run("?format=wordpress", "application/xml", wordpress.getBytes(StandardCharsets.UTF_8))
                .getString("state"));
        long id = anonymous().get("/api/v1/articles/" + slug).then().statusCode(200).extract().jsonPath().getLong("id");

        JsonPath imported = changes(token, "1000").then().statusCode(200).body("hasMore", equalTo(false)).extract().jsonPath();
        assertEquals(Set.of("content.imported"), Set.copyOf(imported.getList("items.event")));
        List<String> published = new ArrayList<>();
        for (int i = 0; i < imported.getList("items").size(); i++) {
            String item = "items[" + i + "]";
            if (imported.getString(item + ".resource").equals("article") && imported.getString(item + ".change").equals("upsert")) {
                String article = imported.getString(item + ".data.slug");
                anonymous().get("/api/v1/articles/" + article).then().statusCode(200);
                published.add(article);
            }
            if (imported.getString(item + ".change").equals("delete")) {
                assertNull(imported.get(item + ".data"), "nothing of what is not public");
            }
        }
        assertTrue(published.contains(slug), published.toString());
        assertTrue(published.stream().allMatch(article -> article.startsWith(run)), published.toString());
        assertTrue(imported.getList("items.findAll { it.resource == 'author' }.data.slug", String.class).stream()
                .anyMatch(author -> author.startsWith(run)), "the imported authors");

        String unpublished = wordpress.replace("<wp:post_name><![CDATA[" + slug + "]]></wp:post_name>\n\t\t<wp:status><![CDATA[publish]]>",
                "<wp:post_name><![CDATA[" + slug + "]]></wp:post_name>\n\t\t<wp:status><![CDATA[draft]]>");
        assertTrue(!unpublished.equals(wordpress), "the fixture's post 18 is published");
        ImportJobClient.run("?format=wordpress", "application/xml", unpublished.getBytes(StandardCharsets.UTF_8));
        anonymous().get("/api/v1/articles/" + slug).then().statusCode(404);

        JsonPath after = changes(imported.getString("nextToken"), null).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("delete"), after.getList("items.findAll { it.resource == 'article' }.change"), after.prettify());
        assertEquals(id, after.getLong("items.find { it.resource == 'article' }.id"));
        assertEquals(Set.of("content.imported"), Set.copyOf(after.getList("items.event")));
    }

    /**
     * A client follows the feed page by page while 1,000 writes go on (articles published, edited, unpublished, deleted,
     * commented; authors and tags created, renamed, deleted), then ends with exactly what the public endpoints show for
     * every resource the writes touched: the same representation, or gone.
     */
    @Test
    void aClientSyncingThroughAThousandInterleavedWritesEndsWithTheServersPublicState() throws Exception {
        String start = changes(null, null).path("nextToken");
        Universe universe = new Universe();
        AtomicBoolean writing = new AtomicBoolean(true);
        // A permit per write: the client, once it has caught up, reads again after a few more writes, rather than
        // asking in a loop as fast as it can (which took the CPU the writes need on a small machine)
        Semaphore written = new Semaphore(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> writer = pool.submit(() -> {
            try {
                return universe.write(WRITES, written);
            } finally {
                writing.set(false);
                written.release(WRITES);
            }
        });
        Future<Map<String, JsonNode>> client = pool.submit(() -> {
            Map<String, JsonNode> state = new HashMap<>();
            String token = start;
            boolean lastPass = false;
            while (true) {
                boolean done = !writing.get();
                // Jackson rather than JsonPath: each JsonPath lookup compiles a Groovy expression (9 % of this test
                // JVM's CPU samples in a profile, on a machine whose two cores the writes need)
                JsonNode page = json.readTree(changes(token, "37").then().statusCode(200).extract().asString());
                for (JsonNode item : page.get("items")) {
                    String key = item.get("resource").asText() + ":" + item.get("id").asLong();
                    if ("upsert".equals(item.get("change").asText())) {
                        state.put(key, item.get("data"));
                    } else {
                        state.remove(key);
                    }
                }
                token = page.get("nextToken").asText();
                if (!page.get("hasMore").asBoolean()) {
                    if (lastPass) {
                        return state;
                    }
                    lastPass = done;
                    written.acquire(CLIENT_READS_EVERY);
                }
            }
        });
        int writes = writer.get();
        Map<String, JsonNode> synced = client.get();
        pool.shutdown();
        assertTrue(writes >= WRITES, writes + " writes");

        Map<String, JsonNode> server = universe.publicState();
        assertEquals(new TreeSet<>(server.keySet()), new TreeSet<>(synced.keySet()), "the same resources are public");
        for (Map.Entry<String, JsonNode> resource : server.entrySet()) {
            assertEquals(resource.getValue(), synced.get(resource.getKey()), resource.getKey());
        }
        System.out.printf("ChangeFeedTest: %d writes, %d public resources synced, %d gone%n", writes, server.size(),
                universe.touched().size() - server.size());
    }

    /** The test's own authors, tags and articles, and random writes on them. */
    private final class Universe {
        private final Random random = new Random(15);
        private final List<String> authors = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private final List<String> published = new ArrayList<>();
        private final List<String> unpublished = new ArrayList<>();
        private final Map<String, String> articleIds = new HashMap<>();
        private final Set<String> deletedTags = new TreeSet<>();
        private final Set<String> deletedArticles = new TreeSet<>();

        int write(int wanted, Semaphore written) {
            int writes = 0;
            for (int i = 0; i < 3; i++) {
                authors.add(TestData.author());
                writes++;
            }
            for (int i = 0; i < 4; i++) {
                tags.add(TestData.tag());
                writes++;
            }
            while (writes < wanted) {
                written.release();
                int pick = random.nextInt(100);
                if (pick < 25 || published.size() < 3) {
                    String tag = any(tags);
                    TestData.ArticleSpec spec = TestData.article().author(any(authors)).tag(tag);
                    String another = any(tags);
                    if (!another.equals(tag)) {
                        spec.tag(another);
                    }
                    String slug = spec.draft();
                    editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
                    published.add(slug);
                    writes += 2;
                } else if (pick < 50) {
                    editor().body(Map.of("title", "Revision " + writes + " of " + any(published))).patch("/api/v1/articles/" + any(published))
                            .then().statusCode(200);
                    writes++;
                } else if (pick < 58) {
                    String slug = take(published);
                    editor().post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);
                    unpublished.add(slug);
                    writes++;
                } else if (pick < 63 && !unpublished.isEmpty()) {
                    String slug = take(unpublished);
                    editor().post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
                    published.add(slug);
                    writes++;
                } else if (pick < 68) {
                    String slug = take(published);
                    remember(slug);
                    editor().delete("/api/v1/articles/" + slug).then().statusCode(204);
                    deletedArticles.add(slug);
                    writes++;
                } else if (pick < 80) {
                    String slug = any(published);
                    long comment = anonymous().body(Map.of("name", "Reader", "email", "reader@example.org", "body", "Comment " + writes))
                            .post("/api/v1/articles/" + slug + "/comments").then().statusCode(202).extract().jsonPath().getLong("id");
                    editor().body(Map.of("status", random.nextInt(4) == 0 ? "rejected" : "approved")).patch("/api/v1/comments/" + comment)
                            .then().statusCode(200);
                    writes += 2;
                } else if (pick < 88) {
                    editor().body(Map.of("name", "Author renamed at " + writes)).patch("/api/v1/authors/" + any(authors)).then().statusCode(200);
                    writes++;
                } else if (pick < 95) {
                    editor().body(Map.of("name", "Tag renamed at " + writes)).patch("/api/v1/tags/" + any(tags)).then().statusCode(200);
                    writes++;
                } else if (tags.size() > 2 && random.nextBoolean()) {
                    String tag = take(tags);
                    editor().delete("/api/v1/tags/" + tag).then().statusCode(204);
                    deletedTags.add(tag);
                    writes++;
                } else {
                    tags.add(TestData.tag());
                    writes++;
                }
            }
            published.forEach(this::remember);
            unpublished.forEach(this::remember);
            return writes;
        }

        private void remember(String slug) {
            articleIds.computeIfAbsent(slug, s -> String.valueOf(idOf(editor().get("/api/v1/articles/" + s))));
        }

        /** What the public endpoints show now of every resource the writes touched, by resource and id. */
        Map<String, JsonNode> publicState() throws Exception {
            Map<String, JsonNode> state = new HashMap<>();
            for (String author : authors) {
                put(state, "author", anonymous().get("/api/v1/authors/" + author));
            }
            for (String tag : tags) {
                put(state, "tag", anonymous().get("/api/v1/tags/" + tag));
            }
            for (String tag : deletedTags) {
                anonymous().get("/api/v1/tags/" + tag).then().statusCode(404);
            }
            for (String slug : articleIds.keySet()) {
                Response article = anonymous().get("/api/v1/articles/" + slug);
                if (published.contains(slug)) {
                    put(state, "article", article);
                } else {
                    article.then().statusCode(404);
                }
            }
            return state;
        }

        Set<String> touched() {
            Set<String> all = new TreeSet<>(authors);
            all.addAll(tags);
            all.addAll(deletedTags);
            all.addAll(articleIds.keySet());
            return all;
        }

        private long idOf(Response response) {
            try {
                return json.readTree(response.then().statusCode(200).extract().asString()).get("id").asLong();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void put(Map<String, JsonNode> state, String resource, Response response) throws Exception {
            JsonNode body = json.readTree(response.then().statusCode(200).extract().asString());
            state.put(resource + ":" + body.get("id").asLong(), body);
        }

        private String any(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }

        private String take(List<String> from) {
            return from.remove(random.nextInt(from.size()));
        }
    }

    private static Response changes(String since, String size) {
        var request = anonymous();
        if (since != null) {
            request = request.queryParam("since", since);
        }
        if (size != null) {
            request = request.queryParam("size", size);
        }
        return request.get("/api/v1/changes");
    }

    private long head() throws Exception {
        try (Connection connection = dataSource.getConnection();
             ResultSet row = connection.createStatement().executeQuery("select last_position from event_position")) {
            row.next();
            return row.getLong(1);
        }
    }
}
