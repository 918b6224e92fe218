package io.gazette.transfer.ndjson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.gazette.common.text.Slugs;
import io.gazette.redirect.RedirectPaths;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A record as one JSON line and back. Writing is deterministic: fields in the schema's order, every field present
 * (null when empty), times as {@link Instant#toString()}, languages sorted, tag ids ascending, text as UTF-8 with
 * only what JSON requires escaped. Reading accepts exactly what writing produces, a missing field meaning null.
 */
final class RecordJson {

    private static final Pattern SLUG = Pattern.compile(Slugs.PATTERN);

    /** A record the file cannot hold, with what is wrong in it. */
    static final class BadRecord extends RuntimeException {
        BadRecord(String message) {
            super(message, null, false, false);
        }
    }

    private RecordJson() {
    }

    static void write(JsonGenerator json, Row row) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", row.type().name());
        writeFields(json, row.type().fields(), row.values());
        for (Child child : row.type().children()) {
            json.writeFieldName(child.name());
            writeChild(json, child, row.get(child.name()));
        }
        json.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static void writeChild(JsonGenerator json, Child child, Object value) throws IOException {
        switch (child.shape()) {
            case LIST -> {
                json.writeStartArray();
                for (Map<String, Object> item : (List<Map<String, Object>>) value) {
                    json.writeStartObject();
                    writeFields(json, child.fields(), item);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            case IDS -> {
                json.writeStartArray();
                for (Long id : (List<Long>) value) {
                    json.writeNumber(id);
                }
                json.writeEndArray();
            }
            case BY_LANGUAGE -> {
                json.writeStartObject();
                for (Map.Entry<String, Map<String, Object>> entry : new TreeMap<>((Map<String, Map<String, Object>>) value).entrySet()) {
                    json.writeFieldName(entry.getKey());
                    json.writeStartObject();
                    writeFields(json, child.fields(), entry.getValue());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
        }
    }

    private static void writeFields(JsonGenerator json, List<Field> fields, Map<String, Object> values) throws IOException {
        for (Field field : fields) {
            Object value = values.get(field.name());
            json.writeFieldName(field.name());
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Long number) {
                json.writeNumber(number);
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else {
                json.writeString(value.toString());
            }
        }
    }

    /** The record a JSON object describes, checked against the schema; {@code type} has been read already. */
    static Row read(RecordType type, JsonNode node, Set<String> languages) {
        Map<String, Object> values = readFields(node, type.fields(), languages, "", Set.of("type"), type.children());
        for (Child child : type.children()) {
            values.put(child.name(), readChild(child, node.get(child.name()), languages));
        }
        return new Row(type, values);
    }

    private static Object readChild(Child child, JsonNode node, Set<String> languages) {
        String name = child.name();
        switch (child.shape()) {
            case LIST -> {
                List<Map<String, Object>> items = new ArrayList<>();
                for (JsonNode item : array(node, name)) {
                    if (!item.isObject()) {
                        throw new BadRecord(name + " must hold objects");
                    }
                    items.add(readFields(item, child.fields(), languages, name + "[" + items.size() + "].", Set.of(), List.of()));
                }
                return items;
            }
            case IDS -> {
                Field field = child.fields().get(0);
                TreeSet<Long> ids = new TreeSet<>();
                for (JsonNode item : array(node, name)) {
                    Long id = (Long) readValue(field, item, languages, name + "[]");
                    if (id == null || !ids.add(id)) {
                        throw new BadRecord(name + " must hold distinct ids");
                    }
                }
                return new ArrayList<>(ids);
            }
            case BY_LANGUAGE -> {
                Map<String, Map<String, Object>> byLanguage = new TreeMap<>();
                if (node == null || node.isNull()) {
                    return byLanguage;
                }
                if (!node.isObject()) {
                    throw new BadRecord(name + " must be an object by language");
                }
                Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    if (!languages.contains(entry.getKey())) {
                        throw new BadRecord(name + "." + entry.getKey() + ": \"" + entry.getKey() + "\" is not one of the configured languages " + languages);
                    }
                    if (!entry.getValue().isObject()) {
                        throw new BadRecord(name + "." + entry.getKey() + " must be an object");
                    }
                    byLanguage.put(entry.getKey(), readFields(entry.getValue(), child.fields(), languages, name + "." + entry.getKey() + ".", Set.of(), List.of()));
                }
                return byLanguage;
            }
        }
        throw new IllegalStateException(child.shape().toString());
    }

    private static Iterable<JsonNode> array(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadRecord(name + " must be an array");
        }
        return node;
    }

    private static Map<String, Object> readFields(JsonNode node, List<Field> fields, Set<String> languages, String prefix,
                                                  Set<String> alsoAllowed, List<Child> children) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            boolean known = alsoAllowed.contains(name) || fields.stream().anyMatch(f -> f.name().equals(name))
                    || children.stream().anyMatch(c -> c.name().equals(name));
            if (!known) {
                throw new BadRecord(prefix + name + ": unknown field");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields) {
            values.put(field.name(), readValue(field, node.get(field.name()), languages, prefix + field.name()));
        }
        return values;
    }

    private static Object readValue(Field field, JsonNode node, Set<String> languages, String path) {
        if (node == null || node.isNull()) {
            if (field.required()) {
                throw new BadRecord(path + " is required");
            }
            return null;
        }
        return switch (field.kind()) {
            case ID, LONG, REFERENCE -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    throw new BadRecord(path + " must be a whole number");
                }
                long number = node.longValue();
                if (field.kind() != Field.Kind.LONG && number < 1) {
                    throw new BadRecord(path + " must be an id (1 or more)");
                }
                yield number;
            }
            case INT -> {
                if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                    throw new BadRecord(path + " must be a whole number");
                }
                yield node.intValue();
            }
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    throw new BadRecord(path + " must be true or false");
                }
                yield node.booleanValue();
            }
            case INSTANT -> instant(text(node, path), path);
            case TEXT, HTML -> {
                String text = text(node, path);
                if (field.maxLength() > 0 && text.length() > field.maxLength()) {
                    throw new BadRecord(path + " is longer than " + field.maxLength() + " characters");
                }
                yield text;
            }
            case SLUG -> {
                String slug = text(node, path);
                if (slug.length() > Slugs.MAX_LENGTH || !SLUG.matcher(slug).matches()) {
                    throw new BadRecord(path + " is not a slug (lowercase letters and digits in words joined by hyphens, at most "
                            + Slugs.MAX_LENGTH + " characters): \"" + slug + "\"");
                }
                yield slug;
            }
            case REDIRECT_PATH -> {
                String from = text(node, path);
                if (!RedirectPaths.normalise(from).filter(from::equals).isPresent()) {
                    throw new BadRecord(path + " is not an old address as Gazette stores it (a path of at most " + RedirectPaths.MAX_LENGTH
                            + " characters, percent-decoded, without a trailing slash, such as /2023/06/slug or /?p=123): \"" + from + "\"");
                }
                yield from;
            }
            case LANGUAGE -> {
                String language = text(node, path);
                if (!languages.contains(language)) {
                    throw new BadRecord(path + ": \"" + language + "\" is not one of the configured languages " + languages
                            + " (gazette.languages)");
                }
                yield language;
            }
            case ENUM -> {
                String value = text(node, path);
                if (!field.values().contains(value)) {
                    throw new BadRecord(path + ": \"" + value + "\" is not one of " + field.values());
                }
                yield value;
            }
        };
    }

    private static String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new BadRecord(path + " must be a string");
        }
        return node.textValue();
    }

    private static Instant instant(String text, String path) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRecord(path + " must be a UTC time such as 2024-11-21T09:30:00Z: \"" + text + "\"");
        }
        if (instant.getNano() % 1000 != 0) {
            throw new BadRecord(path + " is more precise than microseconds, which the database keeps: \"" + text + "\"");
        }
        return instant;
    }
}
