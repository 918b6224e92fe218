package io.gazette.transfer.ndjson;

import static io.gazette.support.TestData.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void refusesReadersEditorsAndAuthors() {
        anonymous().get(Exports.PATH).then().statusCode(401).contentType("application/problem+json");
        TestData.as(TestData.key("editor")).get(Exports.PATH).then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        TestData.as(TestData.key("author")).get(Exports.PATH).then().statusCode(403);
        TestData.editor().accept("application/json").get(Exports.PATH).then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void exportsEveryRecordTypeInOrderWithPrivateFields() {
        TransferContent content = TransferContent.create();
        String export = Exports.download();
        List<JsonNode> records = Exports.records(export);

        JsonNode header = records.get(0);
        assertEquals("header", header.get("type").asText());
        assertEquals("gazette-ndjson", header.get("format").asText());
        assertEquals(1, header.get("version").asInt());
        assertTrue(header.get("exportedAt").asText().endsWith("Z"));
        JsonNode end = records.get(records.size() - 1);
        assertEquals("end", end.get("type").asText());
        assertEquals(records.size() - 2, end.get("records").asInt());

        List<String> order = List.of("site", "account", "author", "tag", "article", "revision", "comment", "redirect", "importReference");
        int lastType = -1;
        long lastId = 0;
        JsonNode last = null;
        for (JsonNode record : records.subList(1, records.size() - 1)) {
            int type = order.indexOf(record.get("type").asText());
            assertTrue(type >= lastType, "types in order: " + record);
            long id = record.path("id").asLong();
            if (type == lastType) {
                // import references have no id: by source, kind and source id
                assertTrue(record.has("id") ? id > lastId : compareKeys(last, record) < 0, "ascending: " + record);
            }
            lastType = type;
            lastId = id;
            last = record;
        }

        JsonNode site = one(records, r -> is(r, "site"));
        assertEquals("آخرین مطالب", site.at("/labels/fa/latestContent").asText());
        assertEquals(List.of("en", "es", "fa"), names(site.get("labels")));

        JsonNode account = one(records, r -> is(r, "account") && r.get("username").asText().equals(content.authorAccount()));
        assertEquals("author", account.get("role").asText());
        assertEquals(List.of("createdAt", "displayName", "id", "role", "type", "username"), sorted(names(account)), "no key, no secret");
        assertFalse(export.contains("gz_"), "no API key in the export");

        JsonNode author = one(records, r -> is(r, "author") && r.get("slug").asText().equals(content.author()));
        assertEquals(content.author() + "@authors.example", author.get("email").asText());
        JsonNode tag = one(records, r -> is(r, "tag") && r.get("slug").asText().equals(content.tag()));
        assertEquals(List.of("es", "fa"), names(tag.get("names")));
        assertEquals("Sobre diplomacia", tag.at("/names/es/description").asText());

        JsonNode english = article(records, content.english());
        assertEquals("published", english.get("status").asText());
        assertEquals("https://cdn.example.org/a.jpg", english.get("featuredImageUrl").asText());
        assertEquals(2, english.get("credits").size());
        assertEquals(author.get("id").asLong(), english.at("/credits/0/author").asLong());
        assertTrue(english.at("/credits/0/role").isNull());
        assertEquals("Analyst of West Asian affairs", english.at("/credits/1/role").asText());
        assertEquals(2, english.get("tags").size());
        assertTrue(english.at("/tags/0").asLong() < english.at("/tags/1").asLong(), "tag ids ascending");
        JsonNode persian = article(records, content.persian());
        assertEquals("fa", persian.get("language").asText());
        assertEquals(english.get("translationGroup"), persian.get("translationGroup"));
        assertEquals(english.get("translationGroup"), article(records, content.spanish()).get("translationGroup"));
        assertTrue(article(records, content.spanish()).get("commentsClosed").asBoolean());
        JsonNode scheduled = article(records, content.scheduled());
        assertEquals("scheduled", scheduled.get("status").asText());
        assertEquals("2099-01-01T06:00:00Z", scheduled.get("publishAt").asText());
        assertEquals("2099-02-01T06:00:00Z", scheduled.get("unpublishAt").asText());
        JsonNode draft = article(records, content.draft());
        assertEquals("draft", draft.get("status").asText());
        assertEquals(content.authorAccount(), draft.get("owner").asText());

        long englishId = english.get("id").asLong();
        List<JsonNode> revisions = all(records, r -> is(r, "revision") && r.get("article").asLong() == englishId);
        assertTrue(revisions.size() >= 2, "creation, publication and the edit: " + revisions);
        List<JsonNode> comments = all(records, r -> is(r, "comment") && r.get("article").asLong() == englishId);
        assertEquals(Set.of("pending", "approved", "spam", "rejected"), new TreeSet<>(comments.stream().map(c -> c.get("status").asText()).toList()));
        assertTrue(comments.stream().filter(c -> !c.get("staff").asBoolean()).allMatch(c -> c.get("email").asText().endsWith("@mail.example")),
                "readers' emails are exported");
        JsonNode reply = comments.stream().filter(c -> c.get("body").asText().equals("پاسخ به آنا")).findFirst().orElseThrow();
        JsonNode pending = comments.stream().filter(c -> c.get("name").asText().equals("Carlos")).findFirst().orElseThrow();
        assertEquals(reply.get("id").asLong(), pending.get("parent").asLong(), "a three-level thread");
        assertTrue(comments.stream().anyMatch(c -> c.get("staff").asBoolean() && c.get("parent").asLong() == reply.get("parent").asLong()));

        JsonNode imported = article(records, content.imported());
        JsonNode redirect = one(records, r -> is(r, "redirect") && r.get("from").asText().equals(content.redirectFrom()));
        assertEquals(List.of("type", "id", "from", "article", "createdAt"), names(redirect), "every field, in a fixed order");
        assertEquals(imported.get("id").asLong(), redirect.get("article").asLong());
        assertTrue(redirect.get("createdAt").asText().endsWith("Z"), redirect.toString());
        assertEquals(1, all(records, r -> is(r, "redirect") && r.get("article").asLong() == imported.get("id").asLong()
                && r.get("from").asText().equals("/?p=7")).size(), "the post id's address too");
        JsonNode reference = one(records, r -> is(r, "importReference") && r.get("kind").asText().equals("article")
                && r.get("target").asLong() == imported.get("id").asLong());
        assertEquals(List.of("type", "source", "kind", "sourceId", "target", "contentHash", "importedAt"), names(reference),
                "every field, in a fixed order");
        assertEquals("wordpress https://" + content.imported() + ".example.org", reference.get("source").asText());
        assertEquals("7", reference.get("sourceId").asText(), "the WordPress post id");
        assertEquals(64, reference.get("contentHash").asText().length());
    }

    @Test
    void importReferencesComeInCodePointOrderWhicheverTheDatabase() throws SQLException {
        String source = "wordpress https://" + TestData.unique("order") + ".example.org";
        // U+20000 comes after U+FB50 by code point, before it by UTF-16 unit (a surrogate pair starts with D840)
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into import_reference (source, kind, source_id, target_id, content_hash, imported_at) values (?, 'tag', ?, 1, null, ?)")) {
            for (String id : List.of("\uD840\uDC00", "z", "\uFB50", "é", "Z")) {
                insert.setString(1, source);
                insert.setString(2, id);
                insert.setObject(3, OffsetDateTime.now());
                insert.executeUpdate();
            }
        }
        String export = Exports.download();

        List<String> ids = Exports.records(export).stream().filter(r -> r.path("source").asText().equals(source))
                .map(r -> r.get("sourceId").asText()).toList();
        assertEquals(List.of("Z", "z", "é", "\uFB50", "\uD840\uDC00"), ids);
        assertEquals(Exports.records(export).size() - 2, Imports.count(Imports.file(export)), "an import reads them in that order");
    }

    /** Two import references in the file's order: source, kind, then source id, text by Unicode code point. */
    private static int compareKeys(JsonNode first, JsonNode second) {
        for (String field : List.of("source", "kind", "sourceId")) {
            int order = Arrays.compare(first.get(field).asText().codePoints().toArray(), second.get(field).asText().codePoints().toArray());
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @Test
    void theSameContentExportsToTheSameBytes() {
        TransferContent.create();
        String first = Exports.download();
        String second = Exports.download();
        assertEquals(Exports.withoutHeader(first), Exports.withoutHeader(second));
        assertNotNull(Exports.lines(first).get(0));
    }

    private static JsonNode article(List<JsonNode> records, String slug) {
        return one(records, r -> is(r, "article") && r.get("slug").asText().equals(slug));
    }

    private static boolean is(JsonNode record, String type) {
        return record.get("type").asText().equals(type);
    }

    private static JsonNode one(List<JsonNode> records, Predicate<JsonNode> which) {
        List<JsonNode> found = all(records, which);
        assertEquals(1, found.size(), "exactly one record");
        return found.get(0);
    }

    private static List<JsonNode> all(List<JsonNode> records, Predicate<JsonNode> which) {
        return records.stream().filter(which).toList();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> sorted(List<String> names) {
        return new ArrayList<>(new TreeSet<>(names));
    }
}
