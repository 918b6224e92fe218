package io.gazette.transfer.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.support.TestData;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** GET /api/v1/export as the admin, and the lines of what it answered. */
final class Exports {

    static final String PATH = "/api/v1/export";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {
    }

    /** The export as text (UTF-8, as NDJSON is). */
    static String download() {
        byte[] body = TestData.editor().accept("application/x-ndjson").get(PATH)
                .then().statusCode(200).contentType("application/x-ndjson").extract().asByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    static List<JsonNode> records(String export) {
        List<JsonNode> records = new ArrayList<>();
        for (String line : lines(export)) {
            try {
                records.add(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    static List<String> lines(String export) {
        assertEquals('\n', export.charAt(export.length() - 1), "the export ends with a line break");
        assertEquals(-1, export.indexOf("\n "), "no line starts with a space");
        return Arrays.asList(export.substring(0, export.length() - 1).split("\n", -1));
    }

    /** Everything but the header, which carries the export's time. */
    static List<String> withoutHeader(String export) {
        List<String> lines = lines(export);
        return lines.subList(1, lines.size());
    }
}
