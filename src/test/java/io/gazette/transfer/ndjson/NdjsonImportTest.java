package io.gazette.transfer.ndjson;

import static io.gazette.support.TestData.anonymous;
import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.support.ImportJobClient;
import io.gazette.support.TestData;
import io.gazette.support.WxrFixture;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportRejected;
import io.gazette.transfer.ImportReport;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TransferProfile.class)
class NdjsonImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExportImportedIntoAnEmptyDatabaseKeepsItsIdsAndExportsToTheSameBytes() {
        TransferContent content = TransferContent.create();
        String before = Exports.download();
        Imports.emptyDatabase();
        anonymous().get("/api/v1/articles/" + content.english()).then().statusCode(404);

        ImportReport report = Imports.run(Imports.file(before));

        assertEquals(List.of(), report.problems());
        report.counts().forEach((type, byOutcome) -> assertEquals(List.of(type.equals("site") ? ImportOutcome.UPDATED : ImportOutcome.CREATED),
                List.copyOf(byOutcome.keySet()), type));
        assertEquals(Exports.records(before).size() - 2, report.counts().values().stream().mapToLong(byOutcome -> byOutcome.values().stream()
                .mapToLong(Long::longValue).sum()).sum(), "every record");
        assertEquals(Exports.withoutHeader(before), Exports.withoutHeader(Exports.download()));

        anonymous().get("/api/v1/articles/" + content.persian()).then().statusCode(200)
                .body("language", equalTo("fa")).body("dir", equalTo("rtl"))
                .body("translations.language", hasItem("en"));
        anonymous().get("/api/v1/articles/" + content.english() + "/comments").then().statusCode(200)
                .body("items[0].name", equalTo("Ana")).body("items[0].replies.name", hasItem("Bita"));
        anonymous().get("/api/v1/articles/" + content.english()).then().statusCode(200).body("commentCount", equalTo(3));
        editor().get("/api/v1/authors/" + content.author()).then().statusCode(200).body("email", equalTo(content.author() + "@authors.example"));
        anonymous().queryParam("q", "دیپلماسی").get("/api/v1/articles").then().statusCode(200).body("items.slug", hasItem(content.persian()));
        anonymous().queryParam("tag", content.tag()).get("/api/v1/articles").then().statusCode(200).body("items.slug", hasItem(content.english()));
        anonymous().queryParam("from", content.redirectFrom() + "/").get("/api/v1/redirects").then().statusCode(200)
                .body("slug", equalTo(content.imported()));

        // New rows take ids after the imported ones, though the emptied database counted from 1 again
        String tag = TestData.tag();
        String article = TestData.article().tag(tag).published();
        String translation = TestData.article().with("language", "es").published();
        editor().put("/api/v1/articles/" + article + "/translations/" + translation).then().statusCode(200)
                .body("translations.slug", equalTo(List.of(translation)));
        anonymous().body(Map.of("name", "New", "email", "new@mail.example", "body", "After the move"))
                .post("/api/v1/articles/" + article + "/comments").then().statusCode(202);
        editor().body(Map.of("username", TestData.unique("after"), "role", "editor")).post("/api/v1/accounts").then().statusCode(201);
    }

    @Test
    void aWordPressImportMovedToAnEmptyDatabaseIsFoundAgainByItsWordPressIds() {
        String run = TestData.unique("moved");
        byte[] wordpress = WxrFixture.forRun(run).getBytes(StandardCharsets.UTF_8);
        JsonPath first = ImportJobClient.run("?format=wordpress", "application/xml", wordpress);
        assertEquals(14, first.getInt("report.counts.article.created"), first.prettify());
        String export = Exports.download();
        Imports.emptyDatabase();

        ImportReport moved = Imports.run(Imports.file(export));

        assertEquals(List.of(), moved.problems());
        long references = Exports.records(export).stream().filter(r -> r.get("type").asText().equals("importReference")).count();
        assertTrue(references >= 4 + 10 + 14 + 7, "authors, tags, articles and comments of the file: " + references);
        assertEquals(references, moved.counts().get("importReference").get(ImportOutcome.CREATED));

        JsonPath again = ImportJobClient.run("?format=wordpress", "application/xml", wordpress);

        assertEquals("succeeded", again.getString("state"), again.prettify());
        Map<String, Map<String, Integer>> counts = again.getMap("report.counts");
        counts.forEach((type, byOutcome) -> assertTrue(List.of("unchanged", "skipped").containsAll(byOutcome.keySet()),
                type + " " + byOutcome));
        assertEquals(14, again.getInt("report.counts.article.unchanged"));
        assertEquals(7, again.getInt("report.counts.comment.unchanged"));
        assertEquals(4, again.getInt("report.counts.author.unchanged"));
        assertEquals(Exports.withoutHeader(export), Exports.withoutHeader(Exports.download()), "nothing was written");
    }

    @Test
    void anExportPostedWithoutAFormatIsRecognisedAndImportedAsAJob() {
        TransferContent.create();
        String export = Exports.download();
        String location = editor().contentType("application/octet-stream").body(export.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports?dryRun=true").then().statusCode(202).body("format", equalTo("ndjson"))
                .extract().header("Location");
        ImportJobClient.finished(location);
        editor().get(location).then().statusCode(200).body("state", equalTo("succeeded")).body("dryRun", equalTo(true))
                .body("report.problems", hasSize(0)).body("report.counts.article.created", nullValue())
                .body("report.counts.article.unchanged", notNullValue());
    }

    @Test
    void theSameFileImportedAgainChangesNothing() {
        TransferContent.create();
        String export = Exports.download();

        ImportReport report = Imports.run(Imports.file(export));

        assertEquals(List.of(), report.problems());
        report.counts().forEach((type, byOutcome) -> assertEquals(List.of(ImportOutcome.UNCHANGED), List.copyOf(byOutcome.keySet()), type));
        assertEquals(Exports.withoutHeader(export), Exports.withoutHeader(Exports.download()));
    }

    @Test
    void anImportedTitleReachesTheFilteredListsShowingTheCard() {
        TransferContent content = TransferContent.create();
        String card = "items.find { it.slug == '%s' }.title".formatted(content.english());
        String before = anonymous().queryParam("tag", content.tag()).get("/api/v1/articles").then().statusCode(200)
                .extract().path(card);
        String changed = edit(Exports.download(), "article", content.english(), record -> record.put("title", "Retitled by an import"));

        Imports.run(Imports.file(changed));

        org.junit.jupiter.api.Assertions.assertNotEquals("Retitled by an import", before);
        anonymous().queryParam("tag", content.tag()).get("/api/v1/articles").then().statusCode(200)
                .body(card, equalTo("Retitled by an import"));
    }

    @Test
    void aNewerExportUpdatesWhatChangedAndPurgesItsPages() {
        TransferContent content = TransferContent.create();
        anonymous().get("/api/v1/articles/" + content.english()).then().statusCode(200);
        anonymous().get("/api/v1/articles/" + content.spanish()).then().statusCode(200);
        String export = Exports.download();
        String renamed = "Zbigniew " + TestData.unique("renamed");
        String changed = edit(edit(export, "article", content.english(), record -> record.put("title", "A title from the newer export")),
                "author", content.author(), record -> record.put("name", renamed));

        ImportReport report = Imports.run(Imports.file(changed));

        assertEquals(1L, report.counts().get("article").get(ImportOutcome.UPDATED));
        assertEquals(1L, report.counts().get("author").get(ImportOutcome.UPDATED));
        anonymous().get("/api/v1/articles/" + content.spanish()).then().statusCode(200).body("authors.name", hasItem(renamed));
        anonymous().queryParam("q", renamed).get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", hasItem(content.spanish())).body("items.slug", hasItem(content.english()));
        editor().get("/api/v1/articles/" + content.english()).then().statusCode(200).body("title", equalTo("A title from the newer export"));
        anonymous().get("/api/v1/articles/" + content.english()).then().statusCode(200).body("title", equalTo("A title from the newer export"));
        anonymous().queryParam("q", "newer export").get("/api/v1/articles").then().statusCode(200).body("items.slug", hasItem(content.english()));
        assertEquals(Exports.withoutHeader(changed), Exports.withoutHeader(Exports.download()));
    }

    @Test
    void refusesRecordsThatBelongToSomethingElseHereAndWhatPointsToThem() {
        TransferContent content = TransferContent.create();
        String export = Exports.download();
        String foreign = edit(export, "author", content.author(), record -> record.put("slug", "someone-else-" + TestData.unique("a")));

        ImportReport report = Imports.run(Imports.file(foreign));

        List<String> refused = report.problems().stream().map(p -> p.type() + " " + p.reason()).toList();
        assertTrue(refused.stream().anyMatch(p -> p.startsWith("author id ") && p.contains("another publication")), refused.toString());
        assertTrue(refused.stream().anyMatch(p -> p.startsWith("article author ")), refused.toString());
        assertTrue(refused.stream().anyMatch(p -> p.startsWith("revision article")), refused.toString());
        assertTrue(refused.stream().anyMatch(p -> p.startsWith("comment article")), refused.toString());
        assertEquals(Exports.withoutHeader(export), Exports.withoutHeader(Exports.download()), "nothing changed");
    }

    @Test
    void aDryRunReportsWithoutWriting() {
        TransferContent content = TransferContent.create();
        String export = Exports.download();
        String changed = edit(export, "article", content.english(), record -> record.put("title", "Only in the dry run"));

        ImportReport report = Imports.run(Imports.file(changed), true);

        assertEquals(1L, report.counts().get("article").get(ImportOutcome.UPDATED));
        assertEquals(Exports.withoutHeader(export), Exports.withoutHeader(Exports.download()));
    }

    @Test
    void refusesMalformedFilesWithTheLineAtFaultAndWritesNothing() {
        TransferContent content = TransferContent.create();
        String export = Exports.download();
        List<String> lines = Exports.lines(export);
        int last = lines.size();

        ImportRejected empty = assertThrows(ImportRejected.class, () -> Imports.count(Imports.file("")));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        editor().contentType("application/x-ndjson").body(new byte[0]).post("/api/v1/imports?format=ndjson").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        rejected(lines.get(1) + "\n", 1, "not a Gazette export");
        rejected(lines.get(0).replace("\"version\":1", "\"version\":2") + "\n", 1, "version 2 is not supported");
        rejected(replaceLine(lines, 3, "{\"type\":\"author\",\"id\":1,"), 3, "malformed JSON");
        rejected(replaceLine(lines, 3, "{\"type\":\"newsletter\",\"id\":1}"), 3, "unknown record type \"newsletter\"");
        rejected(edit(export, "author", content.author(), record -> record.put("nickname", "x")),
                lineOf(lines, "\"slug\":\"" + content.author() + "\""), "nickname: unknown field");
        rejected(edit(export, "article", content.english(), record -> record.put("language", "de")),
                lineOf(lines, "\"slug\":\"" + content.english() + "\""), "\"de\" is not one of the configured languages");
        rejected(edit(export, "article", content.english(), record -> {
                    record.putArray("tags").add(999_999_999);
                    return record;
                }),
                lineOf(lines, "\"slug\":\"" + content.english() + "\""), "tag 999999999 is not a tag record above it");
        rejected(edit(export, "article", content.english(), record -> record.put("publishedAt", "yesterday")),
                lineOf(lines, "\"slug\":\"" + content.english() + "\""), "publishedAt must be a UTC time");
        int redirect = lineOf(lines, "\"from\":\"" + content.redirectFrom() + "\"");
        rejected(editLine(lines, redirect, record -> record.put("from", "https://old.example.org" + content.redirectFrom() + "/")), redirect,
                "from is not an old address as Gazette stores it");
        rejected(editLine(lines, redirect, record -> record.put("article", 999_999_999)), redirect,
                "article 999999999 is not a article record above it");
        rejected(editLine(lines, redirect, record -> {
            record.remove("createdAt");
            return record;
        }), redirect, "createdAt is required");
        int reference = lineOf(lines, "{\"type\":\"importReference\",");
        List<String> twice = new ArrayList<>(lines);
        twice.add(reference, lines.get(reference - 1));
        rejected(String.join("\n", twice).replace("\"records\":" + (last - 2), "\"records\":" + (last - 1)) + "\n", reference + 1,
                "importReference records come ascending and distinct by [source, kind, sourceId]");
        rejected(String.join("\n", lines.subList(0, last - 1)) + "\n", last - 1, "without its end record");
        List<String> swapped = new ArrayList<>(lines);
        swapped.add(last - 1, lines.get(1));
        rejected(String.join("\n", swapped) + "\n", last, "a site record after the importReference records");

        assertEquals(Exports.withoutHeader(export), Exports.withoutHeader(Exports.download()), "nothing was written");
    }

    private static void rejected(String file, long line, String message) {
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> Imports.run(Imports.file(file)));
        assertTrue(rejected.getMessage().contains(message), rejected.getMessage());
        assertEquals(line, rejected.line(), rejected.getMessage());
        ImportRejected counted = assertThrows(ImportRejected.class, () -> Imports.count(Imports.file(file)));
        assertEquals(line, counted.line());
    }

    private static String replaceLine(List<String> lines, int line, String text) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, text);
        return String.join("\n", changed) + "\n";
    }

    private static int lineOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + part);
    }

    /** The export's lines with the record on {@code line} (from 1) changed. */
    private static String editLine(List<String> lines, int line, UnaryOperator<ObjectNode> change) {
        List<String> changed = new ArrayList<>(lines);
        try {
            changed.set(line - 1, JSON.writeValueAsString(change.apply((ObjectNode) JSON.readTree(lines.get(line - 1)))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("\n", changed) + "\n";
    }

    /** The export with the record of this type and slug changed. */
    private static String edit(String export, String type, String slug, UnaryOperator<ObjectNode> change) {
        List<String> lines = new ArrayList<>(Exports.lines(export));
        int line = lineOf(lines, "{\"type\":\"" + type + "\",") - 1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"type\":\"" + type + "\",") && lines.get(i).contains("\"slug\":\"" + slug + "\"")) {
                line = i;
            }
        }
        try {
            ObjectNode record = (ObjectNode) JSON.readTree(lines.get(line));
            lines.set(line, JSON.writeValueAsString(change.apply(record)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("\n", lines) + "\n";
    }
}
