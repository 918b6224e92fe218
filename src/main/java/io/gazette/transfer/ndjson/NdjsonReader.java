package io.gazette.transfer.ndjson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gazette.transfer.ImportRejected;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads an NDJSON file record by record and refuses, with its line number, anything that is not a whole Gazette export
 * of a version this code knows: a bad header, a line that is not JSON, an unknown record type or field, a value the
 * schema does not allow, records out of order, a reference to a record the file does not hold above it, or a file that
 * ends before its end record (a download cut short). Memory stays small: a bit per id seen, for the references.
 */
final class NdjsonReader implements Closeable {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final BufferedReader lines;
    private final Set<String> languages;
    private final Map<String, IdSet> seen = new HashMap<>();
    private long line;
    private long records;
    private boolean ended;
    private RecordType current;
    private long lastId;
    private Row previous;

    NdjsonReader(Path file, Set<String> languages) {
        this.languages = languages;
        try {
            // Strict UTF-8: a file in another encoding is refused rather than imported with replacement characters
            this.lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new ImportRejected("no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            header();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Reads the whole file; the number of records it holds. */
    static long count(Path file, Set<String> languages) {
        try (NdjsonReader reader = new NdjsonReader(file, languages)) {
            while (reader.next() != null) {
                // every record is checked as it is read
            }
            return reader.records;
        }
    }

    /** The next record, or null after the end record. */
    Row next() {
        if (ended) {
            return null;
        }
        JsonNode node = nextLine();
        if (node == null) {
            throw reject("the file ends without its end record: it is incomplete (a download cut short?)");
        }
        String type = node.path("type").asText("");
        if (TransferSchema.END.equals(type)) {
            end(node);
            return null;
        }
        RecordType recordType = TransferSchema.type(type)
                .orElseThrow(() -> reject("unknown record type \"" + type + "\"; this version knows " + TransferSchema.TYPES.stream()
                        .map(RecordType::name).toList()));
        Row row;
        try {
            row = RecordJson.read(recordType, node, languages);
        } catch (RecordJson.BadRecord e) {
            throw reject(type + ": " + e.getMessage());
        }
        inOrder(row);
        references(row);
        records++;
        return row;
    }

    long line() {
        return line;
    }

    private void header() {
        JsonNode node = nextLine();
        if (node == null) {
            throw reject("the file is empty");
        }
        if (!TransferSchema.HEADER.equals(node.path("type").asText()) || !TransferSchema.FORMAT.equals(node.path("format").asText())) {
            throw reject("not a Gazette export: the first line must be {\"type\":\"header\",\"format\":\"" + TransferSchema.FORMAT
                    + "\",\"version\":" + TransferSchema.VERSION + ",...}");
        }
        JsonNode version = node.get("version");
        if (version == null || !version.isInt() || version.intValue() != TransferSchema.VERSION) {
            throw reject("format version " + version + " is not supported; this Gazette reads version " + TransferSchema.VERSION);
        }
    }

    private void end(JsonNode node) {
        JsonNode count = node.get("records");
        if (count == null || !count.canConvertToLong() || count.longValue() != records) {
            throw reject("the end record says " + count + " records, the file holds " + records);
        }
        ended = true;
        if (nextLine() != null) {
            throw reject("nothing may follow the end record");
        }
    }

    /** Types in the schema's order, ids (or keys) ascending within a type: how an export writes them, and what lets references be checked in one pass. */
    private void inOrder(Row row) {
        RecordType type = row.type();
        if (current != null && TransferSchema.rank(type) < TransferSchema.rank(current)) {
            throw reject("a " + type.name() + " record after the " + current.name() + " records: records come in the order "
                    + TransferSchema.TYPES.stream().map(RecordType::name).toList());
        }
        if (type.singleton()) {
            if (type == current) {
                throw reject("a second " + type.name() + " record");
            }
        } else if (type.compositeKey()) {
            if (type == current && KeyedRows.compare(previous, row) >= 0) {
                throw reject(type.name() + " " + row.label() + " after " + previous.label() + ": " + type.name() + " records come ascending"
                        + " and distinct by " + type.key() + ", text by Unicode code point");
            }
        } else {
            long id = row.id();
            if (type == current && id <= lastId) {
                throw reject(type.name() + " " + id + " after " + type.name() + " " + lastId + ": ids must be ascending and distinct");
            }
            lastId = id;
            seen.computeIfAbsent(type.name(), name -> new IdSet()).add(id);
        }
        current = type;
        previous = row;
    }

    @SuppressWarnings("unchecked")
    private void references(Row row) {
        for (Field field : row.type().fields()) {
            if (field.kind() == Field.Kind.REFERENCE) {
                check(row, field, (Long) row.get(field.name()));
            }
        }
        for (Child child : row.type().children()) {
            Field field = child.fields().get(0);
            if (field.kind() != Field.Kind.REFERENCE) {
                continue;
            }
            Object items = row.get(child.name());
            if (child.shape() == Child.Shape.IDS) {
                ((java.util.List<Long>) items).forEach(id -> check(row, field, id));
            } else {
                ((java.util.List<Map<String, Object>>) items).forEach(item -> check(row, field, (Long) item.get(field.name())));
            }
        }
    }

    private void check(Row row, Field field, Long id) {
        if (id == null) {
            return;
        }
        IdSet ids = seen.get(field.references());
        boolean self = field.references().equals(row.type().name()) && id.equals(row.id());
        if (self || ids == null || !ids.contains(id)) {
            throw reject(row.type().name() + " " + row.id() + ": " + field.name() + " " + id + " is not a " + field.references()
                    + " record above it in the file");
        }
    }

    private JsonNode nextLine() {
        String text;
        do {
            try {
                text = lines.readLine();
            } catch (CharacterCodingException e) {
                throw reject("not UTF-8 text");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text == null) {
                return null;
            }
            line++;
        } while (text.isBlank());
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                throw reject("a line must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ImportRejected("malformed JSON: " + e.getOriginalMessage(), line, e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        }
    }

    private ImportRejected reject(String message) {
        return new ImportRejected(message, line, 0);
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids seen, a bit each for the usual dense ids, with a set for the rare huge one. */
    private static final class IdSet {
        private final BitSet small = new BitSet();
        private final Set<Long> large = new HashSet<>();

        void add(long id) {
            if (id < Integer.MAX_VALUE) {
                small.set((int) id);
            } else {
                large.add(id);
            }
        }

        boolean contains(long id) {
            return id < Integer.MAX_VALUE ? small.get((int) id) : large.contains(id);
        }
    }
}
