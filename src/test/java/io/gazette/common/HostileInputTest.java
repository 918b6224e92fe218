package io.gazette.common;

import static io.gazette.support.TestData.editor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.support.RawHttp;
import io.gazette.support.SpecOperations;
import io.gazette.support.SpecOperations.Operation;
import io.gazette.support.SpecOperations.Parameter;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hostile input, everywhere the served spec says a client can put something: every query, path and
 * header parameter and every top-level request-body field of every operation gets each value of one
 * fixed list (wrong JSON types, numbers for enums, int overflow, empty and blank text, 10 kB text,
 * control and bidi characters, lone surrogates and invalid UTF-8, SQL, HTML, path traversal), and every
 * body-taking operation gets whole-body abuse (malformed JSON, duplicate keys, unknown fields, wrong
 * Content-Type, invalid UTF-8), once anonymously and once as admin. The rest of each request stays
 * valid (fresh real data in the path, a minimal valid body from the spec's examples) so the hostile
 * value reaches validation. Any 5xx, any 4xx that is not an RFC 9457 problem (application/problem+json
 * with status and title), any error body that leaks Java class names or SQL, and any request without
 * an HTTP answer is listed in the failure. Path parameters and headers get a subset of the list, and so do
 * body fields of secured operations when anonymous (their 401 comes first), to keep the run short;
 * nothing is random. Invalid values the server takes (a 2xx, or a 409 reached past validation) are noted
 * in target/hostile-input-accepted-&lt;profile&gt;.txt without failing; the findings are in
 * target/hostile-input-findings-&lt;profile&gt;.txt and every answer in target/hostile-input-responses-&lt;profile&gt;.tsv.
 *
 * The named tests below pin the known issues so they are reported by name.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ADMIN = TestData.EDITOR_TOKEN;
    /** A bit below what the battery sends, so a spec or fixture change that silently skips operations fails. */
    private static final int MIN_REQUESTS = 8000;
    private static final int MAX_LISTED = 40;
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.(lang|util|time)|com\\.fasterxml|org\\.(hibernate|jboss|h2|postgresql)|io\\.gazette\\.|jakarta\\.|SQLState|SQL statement|JDBC");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Fields of a minimal body that need a value other than the spec's example to be valid. */
    private static final Map<String, JsonNode> BODY_OVERRIDES = Map.of(
            "changeArticleStatus.status", NODES.textNode("published")); // fixtures are published; published may "move" to itself

    enum Caller { anonymous, admin }

    // ---------------------------------------------------------------- the hostile values

    /**
     * One hostile value. {@code json} is the raw JSON text put in a body field (null: not for bodies);
     * {@code urlForm} is the value as it travels in a query or path (already percent-encoded; null: not
     * for URLs) and {@code decoded} what the server should read from it; {@code headerForm} is a header
     * value (null: not for headers). {@code inPath} marks the subset also sent as path parameters.
     */
    record Hostile(String label, byte[] json, String urlForm, String decoded, String headerForm, boolean inPath) {
    }

    private static final List<Hostile> VALUES = hostileValues();

    private static List<Hostile> hostileValues() {
        String tenKb = "x".repeat(10 * 1024);
        List<Hostile> v = new ArrayList<>();
        // label, JSON text, text for URL and header (encoded here), in the path subset, in the header subset
        v.add(text("number", "12345", "12345", true, true));
        v.add(text("decimal", "1.5", "1.5", false, false));
        v.add(text("string-for-number", "\"abc\"", "abc", true, true));
        v.add(text("boolean", "true", "true", false, true));
        v.add(text("array", "[1,\"a\"]", null, false, false));
        v.add(text("object", "{\"a\":1}", "{\"a\":1}", false, false));
        v.add(text("null", "null", null, false, false));
        v.add(text("enum-as-0", "0", "0", true, false));
        v.add(text("enum-as-1", "1", "1", false, false));
        v.add(text("enum-as-\"1\"", "\"1\"", null, false, false));
        v.add(text("int-max", "2147483647", "2147483647", false, true));
        v.add(text("int-max+1", "2147483648", "2147483648", true, false));
        v.add(text("minus-1", "-1", "-1", true, true));
        v.add(text("huge-integer", "9999999999999999999", "9999999999999999999", true, true));
        v.add(text("exponent-overflow", "1e400", "1e400", false, false));
        v.add(text("far-future-date", "\"+1000000-01-01T00:00:00Z\"", "+1000000-01-01T00:00:00Z", false, false));
        v.add(text("empty-string", "\"\"", "", true, true));
        v.add(text("whitespace", "\" \\t \"", " \t ", true, true));
        v.add(text("10kB-string", "\"" + tenKb + "\"", tenKb, true, true));
        v.add(text("NUL-char", "\"a\\u0000b\"", "a\u0000b", true, false));
        v.add(text("BEL-char", "\"a\\u0007b\"", "a\u0007b", false, false));
        v.add(text("bidi-override", "\"\u202Eabc\"", "\u202Eabc", true, true));
        v.add(new Hostile("lone-surrogate", utf8("\"a\\ud800b\""), "a%ED%A0%80b", "a\uFFFDb", null, true));
        v.add(new Hostile("invalid-utf8", bytes(utf8("\"a"), new byte[] {(byte) 0xC3, 0x28}, utf8("b\"")), "a%C3%28b", "a\uFFFD(b", null, true));
        v.add(new Hostile("raw-control-byte", bytes(utf8("\"a"), new byte[] {0x01}, utf8("b\"")), null, null, null, false));
        v.add(new Hostile("bad-percent-escape", null, "a%zzb%", null, null, true));
        v.add(text("sql", "\"' OR 1=1--\"", "' OR 1=1--", true, true));
        v.add(text("html", "\"<script>alert(1)</script>\"", "<script>alert(1)</script>", true, true));
        v.add(text("path-traversal", "\"../../etc/passwd\"", "../../etc/passwd", true, true));
        v.add(new Hostile("path-traversal-unencoded", null, "../../../etc/passwd", "../../../etc/passwd", null, true));
        return List.copyOf(v);
    }

    /**
     * Body-field values sent anonymously to a secured operation: its 401 comes before the body is read,
     * so a sample shows that; the whole list goes to public operations and to the admin.
     */
    private static final Set<String> ANONYMOUS_SECURED_SAMPLE = Set.of("number", "null", "enum-as-0", "int-max",
            "huge-integer", "10kB-string", "NUL-char", "lone-surrogate", "invalid-utf8", "sql");

    private static Hostile text(String label, String json, String text, boolean inPath, boolean inHeader) {
        return new Hostile(label, json == null ? null : utf8(json), text == null ? null : encode(text), text,
                inHeader ? text : null, inPath);
    }

    /** Whole bodies that are not a valid request whatever the operation (label to bytes, from the minimal valid body). */
    private static Map<String, byte[]> brokenBodies(byte[] base) {
        byte[] open = Arrays.copyOf(base, base.length - 1);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("truncated-json", open);
        bodies.put("single-quoted-json", utf8("{'a':1}"));
        bodies.put("not-json", utf8("not json"));
        bodies.put("empty-body", new byte[0]);
        bodies.put("json-array", utf8("[]"));
        bodies.put("json-string", utf8("\"x\""));
        bodies.put("json-number", utf8("1"));
        bodies.put("json-null", utf8("null"));
        bodies.put("deep-nesting", utf8("[".repeat(5000) + "]".repeat(5000)));
        bodies.put("unknown-field", bytes(open, utf8((base.length > 2 ? "," : "") + "\"zzUnknown\":1}")));
        bodies.put("trailing-garbage", bytes(base, utf8(" xyz")));
        bodies.put("invalid-utf8-bytes", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3}, base));
        return bodies;
    }

    /** Content-Types for the minimal valid body; true when the server must refuse it ("" sends none). */
    private static final Map<String, Boolean> CONTENT_TYPES = orderedMap(
            "text/plain", true, "application/xml", true, "application/x-www-form-urlencoded", true,
            "multipart/form-data; boundary=x", true, "json", true, "*/*", true, "", true,
            "application/json; charset=bogus", false, "application/json; charset=UTF-16", false, "application/json;;;", false);

    // ---------------------------------------------------------------- the battery

    private RawHttp http;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final Map<String, Finding> accepted = new LinkedHashMap<>();
    private final Map<String, Integer> repeats = new LinkedHashMap<>();
    private final Map<String, String> operationIds = new LinkedHashMap<>();
    private final StringBuilder log = new StringBuilder("method\tpath\ttarget\tvalue\tcaller\tstatus\tproblem type\n");
    private int sent;

    record Finding(String method, String template, String target, String label, Caller caller, int status,
                   String sentPath, String problem, String body) {
        String line(int times) {
            return method + " " + template + " | " + target + " = " + label + " | " + caller + " -> "
                    + (status == 0 ? "no response" : String.valueOf(status)) + " (" + problem + ")"
                    + (times > 1 ? " x" + times : "") + " | sent " + sentPath + " | " + body;
        }
    }

    /**
     * In a minimal body, stands for a name that {@link #send} makes unique per request: a create's slug or
     * username, and a comment's text (so an accepted value is a 201, not a 409 for a duplicate).
     */
    private static final String FRESH_NAME = "hostile-seq0000000";
    private int names;

    /** One operation's requests: its fresh path data (articles published, so public reads see them) and its minimal valid body. */
    private static final class Target {
        final Operation operation;
        Map<String, String> pathValues;
        final ObjectNode baseBody;

        Target(Operation operation) {
            this.operation = operation;
            refresh();
            baseBody = SpecOperations.minimalBody(operation, this::bodyValue);
            if (operation.placeholders().isEmpty() && operation.bodyProperties().containsKey("slug") && !baseBody.has("slug")) {
                baseBody.put("slug", FRESH_NAME); // a create: a new slug each time, so an accepted value is a 201, not a 409
            }
        }

        void refresh() {
            pathValues = SpecOperations.freshPublishedPathValues(operation.path());
        }

        private JsonNode bodyValue(String field, JsonNode schema) {
            JsonNode override = BODY_OVERRIDES.get(operation.operationId() + "." + field);
            if (override != null) {
                return override;
            }
            if (field.equals("username") || field.equals("slug")) {
                return NODES.textNode(operation.placeholders().isEmpty() ? FRESH_NAME : TestData.unique("hostile"));
            }
            if (field.equals("body") && schema.path("type").asText().equals("string")) {
                return NODES.textNode(SpecOperations.exampleValue(schema).asText() + " " + FRESH_NAME); // no duplicate-comment 409
            }
            if (field.equals("ids")) {
                return SpecOperations.arrayOf(NODES.numberNode(SpecOperations.approvedComment()));
            }
            return null;
        }
    }

    /** One request: the operation with one hostile part, all else valid. */
    private static final class Probe {
        final Target target;
        final Caller caller;
        final String what;
        final String label;
        Map<String, String> path = Map.of();
        String query;
        Map.Entry<String, String> header;
        byte[] body;
        String contentType;
        /** The spec or the contract says this request must be refused: a 2xx (or a 409, past validation) is noted. */
        boolean mustRefuse;

        Probe(Target target, Caller caller, String what, String label) {
            this.target = target;
            this.caller = caller;
            this.what = what;
            this.label = label;
        }
    }

    @Test
    void everyParameterAndFieldSurvivesHostileValues() {
        http = RawHttp.toApplication(); // RestAssured knows the test port only once the test runs
        long started = System.nanoTime();
        List<Operation> operations = SpecOperations.served().operations();
        for (Operation operation : operations) {
            operationIds.put(operation.where(), operation.operationId());
            Target target = new Target(operation);
            for (Caller caller : Caller.values()) {
                queryParameters(target, caller);
                pathParameters(target, caller);
                headers(target, caller);
                if (operation.hasBody()) {
                    bodyFields(target, caller);
                    wholeBodies(target, caller);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String profile = System.getProperty("quarkus.test.profile", "test");
        System.out.printf(Locale.ROOT, "HostileInputTest [%s]: sent %d hostile requests to %d operations in %.1f s; "
                        + "%d distinct findings; %d distinct invalid inputs accepted (noted, not failed)%n",
                profile, sent, operations.size(), seconds, findings.size(), accepted.size());
        String report = report(findings, MAX_LISTED);
        writeFiles(profile.replace(',', '-'));
        assertTrue(sent >= MIN_REQUESTS, "only " + sent + " hostile requests were sent (expected at least " + MIN_REQUESTS + ")");
        assertTrue(findings.isEmpty(), findings.size() + " distinct hostile requests were answered against the API contract "
                + "(5xx, non-problem 4xx, leaked internals or no answer); " + sent + " requests sent:\n" + report);
    }

    private void queryParameters(Target target, Caller caller) {
        for (Parameter parameter : target.operation.parameters("query")) {
            String what = "query " + parameter.name();
            for (Hostile value : VALUES) {
                if (value.urlForm() != null) {
                    Probe probe = new Probe(target, caller, what, value.label());
                    probe.query = parameter.name() + "=" + value.urlForm();
                    probe.mustRefuse = value.decoded() == null || violatesText(parameter.schema(), value.decoded());
                    send(probe);
                }
            }
            Probe repeated = new Probe(target, caller, what, "repeated");
            repeated.query = parameter.name() + "=1&" + parameter.name() + "=2";
            repeated.mustRefuse = !"array".equals(parameter.schema().path("type").asText())
                    || violatesText(parameter.schema(), "1");
            send(repeated);
            Probe bare = new Probe(target, caller, what, "name-without-value");
            bare.query = parameter.name();
            bare.mustRefuse = violatesText(parameter.schema(), "");
            send(bare);
        }
        Probe unknown = new Probe(target, caller, "query zzUnknown", "undeclared-parameter");
        unknown.query = "zzUnknown=1";
        unknown.mustRefuse = true;
        send(unknown);
    }

    private void pathParameters(Target target, Caller caller) {
        for (String name : target.operation.placeholders()) {
            Parameter parameter = target.operation.parameters("path").stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            for (Hostile value : VALUES) {
                if (value.inPath() && value.urlForm() != null) {
                    Probe probe = new Probe(target, caller, "path " + name, value.label());
                    probe.path = Map.of(name, value.urlForm());
                    probe.mustRefuse = parameter != null && value.decoded() != null && !value.decoded().isEmpty() // "" changes the route
                            && isNumeric(parameter.schema())
                            && violatesText(parameter.schema(), value.decoded());
                    send(probe);
                }
            }
        }
    }

    private void headers(Target target, Caller caller) {
        for (Parameter parameter : target.operation.parameters("header")) {
            for (Hostile value : VALUES) {
                if (value.headerForm() != null) {
                    Probe probe = new Probe(target, caller, "header " + parameter.name(), value.label());
                    probe.header = new SimpleEntry<>(parameter.name(), value.headerForm());
                    send(probe);
                }
            }
        }
    }

    private void bodyFields(Target target, Caller caller) {
        for (Map.Entry<String, JsonNode> field : target.operation.bodyProperties().entrySet()) {
            String name = field.getKey();
            for (Hostile value : VALUES) {
                boolean sampledOut = caller == Caller.anonymous && target.operation.secured()
                        && !ANONYMOUS_SECURED_SAMPLE.contains(value.label());
                if (value.json() != null && !sampledOut) {
                    Probe probe = new Probe(target, caller, "body " + name, value.label());
                    probe.body = withField(target.baseBody, name, value.json());
                    probe.mustRefuse = violatesJson(field.getValue(), value.json());
                    send(probe);
                }
            }
            JsonNode valid = target.baseBody.has(name) ? target.baseBody.get(name) : SpecOperations.exampleValue(field.getValue());
            byte[] once = withField(target.baseBody, name, utf8(valid.toString()));
            Probe duplicate = new Probe(target, caller, "body " + name, "duplicate-key");
            duplicate.body = bytes(Arrays.copyOf(once, once.length - 1), utf8(",\"" + name + "\":" + valid + "}"));
            duplicate.mustRefuse = true;
            send(duplicate);
        }
    }

    private void wholeBodies(Target target, Caller caller) {
        byte[] base = utf8(target.baseBody.toString());
        for (Map.Entry<String, byte[]> body : brokenBodies(base).entrySet()) {
            Probe probe = new Probe(target, caller, "body (whole)", body.getKey());
            probe.body = body.getValue();
            probe.mustRefuse = true;
            send(probe);
        }
        for (Map.Entry<String, Boolean> contentType : CONTENT_TYPES.entrySet()) {
            Probe probe = new Probe(target, caller, "header Content-Type", contentType.getKey().isEmpty() ? "(none)" : contentType.getKey());
            probe.body = base;
            probe.contentType = contentType.getKey();
            probe.mustRefuse = contentType.getValue();
            send(probe);
        }
    }

    private void send(Probe probe) {
        Target target = probe.target;
        Operation op = target.operation;
        Map<String, String> values = new LinkedHashMap<>();
        target.pathValues.forEach((k, v) -> values.put(k, encode(v)));
        values.putAll(probe.path);
        String sentPath = SpecOperations.expand(op.path(), values) + (probe.query == null ? "" : "?" + probe.query);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(new SimpleEntry<>("Accept", "*/*"));
        if (probe.caller == Caller.admin) {
            headers.add(new SimpleEntry<>("Authorization", "Bearer " + ADMIN));
        }
        if (op.hasHeader("If-Match") && (probe.header == null || !probe.header.getKey().equalsIgnoreCase("If-Match"))) {
            headers.add(new SimpleEntry<>("If-Match", "*"));
        }
        if (probe.header != null) {
            headers.add(probe.header);
        }
        byte[] payload = probe.body;
        if (payload == null && op.hasBody()) {
            payload = utf8(target.baseBody.toString());
        }
        if (payload != null) {
            payload = freshNames(payload);
        }
        if (payload != null) {
            String type = probe.contentType != null ? probe.contentType : "application/json";
            if (!type.isEmpty()) {
                headers.add(new SimpleEntry<>("Content-Type", type));
            }
        }
        sent++;
        RawHttp.Response response;
        try {
            response = http.send(op.method(), sentPath, headers, payload);
        } catch (IOException | RuntimeException e) {
            record(findings, probe, 0, sentPath, "no HTTP answer", e.toString());
            log.append(String.join("\t", op.method(), op.path(), probe.what, probe.label, probe.caller.name(), "0", "")).append('\n');
            return;
        }
        String problemType = check(probe, sentPath, response);
        log.append(String.join("\t", op.method(), op.path(), probe.what, probe.label, probe.caller.name(),
                String.valueOf(response.status()), problemType)).append('\n');
        int status = response.status();
        if (probe.mustRefuse && (status < 300 || status == 409)) {
            record(accepted, probe, status, sentPath, status == 409 ? "past validation to a conflict" : "accepted", response.text());
        }
        if (status < 300 && movedOrGone(target, response)) {
            target.refresh(); // the write deleted or renamed the data in the path: later requests get fresh data
        }
    }

    /** Each FRESH_NAME in the body replaced by a name of the same length used nowhere else. */
    private byte[] freshNames(byte[] payload) {
        byte[] marker = utf8(FRESH_NAME);
        byte[] result = payload;
        for (int at = RawHttp.indexOf(result, marker, 0); at >= 0; at = RawHttp.indexOf(result, marker, at + marker.length)) {
            if (result == payload) {
                result = payload.clone();
            }
            byte[] name = utf8(String.format(Locale.ROOT, "hostile-s%09d", ++names));
            System.arraycopy(name, 0, result, at, name.length);
        }
        return result;
    }

    /** Whether a successful write deleted the path's data or gave it another slug. */
    private static boolean movedOrGone(Target target, RawHttp.Response response) {
        String method = target.operation.method();
        if (method.equals("GET") || target.pathValues.isEmpty()) {
            return false;
        }
        if (method.equals("DELETE")) {
            return true;
        }
        String slug = target.pathValues.get("slug");
        if (slug == null || response.body().length == 0) {
            return false;
        }
        try {
            JsonNode view = JSON.readTree(response.body());
            return view.has("slug") && !slug.equals(view.get("slug").asText());
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * A URI Vert.x cannot percent-decode is refused with an empty 400 before any route or filter runs;
     * Quarkus offers no hook there (quarkusio/quarkus#55082), so the contract asks only that it is a 400.
     */
    private static boolean refusedBeforeRouting(Probe probe, int status, String body) {
        return status == 400 && body.isEmpty() && probe.label.equals("bad-percent-escape");
    }

    /** Records what breaks the contract; returns the problem type of the answer, "" when it has none. */
    private String check(Probe probe, String sentPath, RawHttp.Response response) {
        int status = response.status();
        String text = response.text();
        JsonNode problem;
        try {
            problem = text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException e) {
            problem = null;
        }
        String type = problem == null ? "" : problem.path("type").asText("");
        String contentType = String.valueOf(response.header("Content-Type"));
        if (status >= 500) {
            record(findings, probe, status, sentPath, contentType.startsWith(PROBLEM) ? "server error"
                    : "server error, Content-Type " + contentType, text);
        } else if (status >= 400) {
            if (refusedBeforeRouting(probe, status, text)) {
                return "";
            }
            if (!contentType.toLowerCase(Locale.ROOT).startsWith(PROBLEM)) {
                record(findings, probe, status, sentPath, "Content-Type " + contentType, text);
            } else if (problem == null || !problem.path("status").isInt() || !problem.path("title").isTextual()) {
                record(findings, probe, status, sentPath, "problem without status/title", text);
            } else if (problem.path("status").asInt() != status) {
                record(findings, probe, status, sentPath, "problem status " + problem.path("status") + " differs", text);
            } else if (LEAK.matcher(text).find()) {
                record(findings, probe, status, sentPath, "leaks internals", text);
            }
        }
        return type;
    }

    private void record(Map<String, Finding> into, Probe probe, int status, String sentPath, String problem, String body) {
        Operation op = probe.target.operation;
        String key = (into == accepted ? "accepted|" : "") + op.where() + "|" + probe.what + "|" + probe.label + "|" + probe.caller + "|" + status + "|" + problem;
        repeats.merge(key, 1, Integer::sum);
        into.putIfAbsent(key, new Finding(op.method(), op.path(), probe.what, probe.label, probe.caller, status,
                abbreviate(sentPath, 160), problem, abbreviate(body.replaceAll("\\s+", " "), 200)));
    }

    /**
     * A summary by status and kind, then one line per class (status, kind of defect, hostile value) naming
     * every operationId(target) in it with one example, then up to {@code max} single requests.
     */
    private String report(Map<String, Finding> entries, int max) {
        Comparator<Finding> order = Comparator.comparing((Finding f) -> f.status() >= 500 ? 0 : f.status() == 0 ? 1 : 2)
                .thenComparing(Finding::status)
                .thenComparing(Finding::problem)
                .thenComparing(Finding::label)
                .thenComparing(Finding::template)
                .thenComparing(Finding::method)
                .thenComparing(Finding::target);
        List<Map.Entry<String, Finding>> sorted = entries.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(order)).toList();
        Map<String, Long> byKind = entries.values().stream().collect(Collectors.groupingBy(
                f -> (f.status() == 0 ? "no answer" : String.valueOf(f.status())) + " " + kind(f),
                TreeMap::new, Collectors.counting()));
        StringBuilder out = new StringBuilder("By status and kind: ").append(byKind).append('\n');
        Map<String, List<Finding>> classes = new LinkedHashMap<>();
        for (Map.Entry<String, Finding> entry : sorted) {
            Finding f = entry.getValue();
            classes.computeIfAbsent(f.status() + " " + kind(f) + " <- " + f.label(), k -> new ArrayList<>()).add(f);
        }
        out.append(classes.size()).append(" classes (status, kind <- hostile value: operations(target) [callers]; example):\n");
        for (Map.Entry<String, List<Finding>> c : classes.entrySet()) {
            List<String> where = c.getValue().stream()
                    .map(f -> operationIds.getOrDefault(f.method() + " " + f.template(), f.method() + " " + f.template()) + "(" + f.target() + ")")
                    .distinct().toList();
            String callers = c.getValue().stream().map(f -> f.caller().name()).distinct().sorted().collect(Collectors.joining(","));
            Finding example = c.getValue().get(0);
            out.append("  ").append(c.getKey()).append(": ").append(where.size()).append(" | ")
                    .append(String.join(", ", where.subList(0, Math.min(where.size(), 20))))
                    .append(where.size() > 20 ? ", and " + (where.size() - 20) + " more" : "")
                    .append(" [").append(callers).append("]; e.g. ").append(example.method()).append(' ').append(example.sentPath())
                    .append(" -> ").append(abbreviate(example.body(), 120)).append('\n');
        }
        int listed = 0;
        for (Map.Entry<String, Finding> entry : sorted) {
            if (listed++ == max) {
                out.append("... and ").append(sorted.size() - max).append(" more requests (all in target/hostile-input-*.txt)\n");
                break;
            }
            out.append(entry.getValue().line(repeats.get(entry.getKey()))).append('\n');
        }
        return out.toString();
    }

    private static String kind(Finding f) {
        return f.problem().startsWith("Content-Type") ? "non-problem Content-Type"
                : f.problem().startsWith("server error, Content-Type") ? "server error without problem body" : f.problem();
    }

    private void writeFiles(String profile) {
        try {
            Files.writeString(Path.of("target", "hostile-input-findings-" + profile + ".txt"),
                    "sent " + sent + " requests\n" + report(findings, Integer.MAX_VALUE));
            Files.writeString(Path.of("target", "hostile-input-accepted-" + profile + ".txt"),
                    "Invalid input (by the spec's schema or the API contract) answered 2xx or 409; noted, not failed\n"
                            + report(accepted, Integer.MAX_VALUE));
            Files.writeString(Path.of("target", "hostile-input-responses-" + profile + ".tsv"), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- what the spec allows

    private static boolean isNumeric(JsonNode schema) {
        return types(schema).contains("integer") || types(schema).contains("number");
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (schema.path("x-nullable").asBoolean(false)) {
            types.add("null");
        }
        return types;
    }

    /** Whether a query or path value (as the server decodes it) breaks the parameter's schema. */
    static boolean violatesText(JsonNode schema, String text) {
        if ("array".equals(schema.path("type").asText())) {
            return violatesText(schema.path("items"), text);
        }
        Set<String> types = types(schema);
        if (types.contains("integer") || types.contains("number")) {
            BigDecimal number;
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                return true;
            }
            if (types.contains("integer") && number.stripTrailingZeros().scale() > 0) {
                return true;
            }
            return outOfRange(schema, number);
        }
        if (types.contains("boolean")) {
            return !text.equals("true") && !text.equals("false");
        }
        if (schema.path("enum").isArray()) {
            for (JsonNode allowed : schema.path("enum")) {
                if (allowed.asText().equals(text)) {
                    return false;
                }
            }
            return true;
        }
        return violatesString(schema, text);
    }

    /** Whether the raw JSON value breaks the field's schema (raw bytes that are not JSON always do). */
    static boolean violatesJson(JsonNode schema, byte[] json) {
        JsonNode value;
        try {
            value = JSON.readTree(json);
        } catch (IOException e) {
            return true;
        }
        String text = new String(json, StandardCharsets.UTF_8);
        if (text.contains("\\ud800")) {
            return true; // a lone surrogate is no Unicode text
        }
        return violates(schema, value);
    }

    private static boolean violates(JsonNode schema, JsonNode value) {
        Set<String> types = types(schema);
        if (types.isEmpty()) {
            return false; // the spec does not say
        }
        if (value.isNull()) {
            return !types.contains("null");
        }
        if (value.isBoolean()) {
            return !types.contains("boolean");
        }
        if (value.isNumber()) {
            boolean integral = value.isIntegralNumber()
                    || (value.isBigDecimal() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            if (!(types.contains("number") || (types.contains("integer") && integral))) {
                return true;
            }
            return !Double.isFinite(value.doubleValue()) || outOfRange(schema, new BigDecimal(value.asText()));
        }
        if (value.isTextual()) {
            if (!types.contains("string")) {
                return true;
            }
            if (schema.path("enum").isArray()) {
                for (JsonNode allowed : schema.path("enum")) {
                    if (allowed.asText().equals(value.asText())) {
                        return false;
                    }
                }
                return true;
            }
            return violatesString(schema, value.asText());
        }
        if (value.isArray()) {
            if (!types.contains("array")) {
                return true;
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()
                    || schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                return true;
            }
            for (JsonNode item : value) {
                if (schema.has("items") && violates(schema.get("items"), item)) {
                    return true;
                }
            }
            return false;
        }
        return !types.contains("object");
    }

    private static boolean violatesString(JsonNode schema, String text) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()
                || schema.has("minLength") && length < schema.get("minLength").asInt()) {
            return true;
        }
        return schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find();
    }

    private static boolean outOfRange(JsonNode schema, BigDecimal number) {
        String format = schema.path("format").asText();
        BigDecimal min = format.equals("int32") ? BigDecimal.valueOf(Integer.MIN_VALUE)
                : BigDecimal.valueOf(Long.MIN_VALUE);
        BigDecimal max = format.equals("int32") ? BigDecimal.valueOf(Integer.MAX_VALUE)
                : BigDecimal.valueOf(Long.MAX_VALUE);
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            return true;
        }
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0
                || schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
            return true;
        }
        return schema.path("exclusiveMinimum").isNumber() && number.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0;
    }

    // ---------------------------------------------------------------- named known issues

    @Test
    void pageOverflowIsBadRequestNamingPage() {
        given().queryParam("page", "2147483647").get("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("page"));
    }

    @Test
    void numberForAccountRoleIsBadRequest() {
        String username = TestData.unique("hostile");
        editor().body(Map.of("username", username, "role", "author")).post("/api/v1/accounts").then().statusCode(201);
        editor().body("{\"role\":0}").patch("/api/v1/accounts/" + username)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("role"));
    }

    @Test
    void numberForCommentStatusIsBadRequest() {
        int id = SpecOperations.approvedComment();
        editor().body("{\"status\":1}").patch("/api/v1/comments/" + id)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("status"));
    }

    @Test
    void numberForArticleTitleIsBadRequest() {
        editor().body("{\"title\":12345,\"section\":\"opinion\"}").post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("title"));
    }

    @Test
    void duplicateKeyIsBadRequest() {
        String slug = TestData.unique("dup");
        editor().body("{\"slug\":\"" + slug + "\",\"name\":\"First\",\"name\":\"Second\"}").post("/api/v1/tags")
                .then().statusCode(400).contentType(PROBLEM);
        editor().get("/api/v1/tags/" + slug).then().statusCode(404);
    }

    @Test
    void garbageIfMatchIsBadRequestNotPreconditionFailed() {
        String slug = TestData.article().draft();
        TestData.withoutIfMatch(ADMIN).header("If-Match", "garbage").body("{\"title\":\"New title\"}")
                .patch("/api/v1/articles/" + slug)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void methodNotOnPathIsMethodNotAllowedWithAllow() {
        given().delete("/api/v1/languages")
                .then().statusCode(405).contentType(PROBLEM)
                .header("Allow", notNullValue()).header("Allow", containsString("GET"))
                .body("status", equalTo(405)).body("title", notNullValue());
    }

    // ---------------------------------------------------------------- helpers

    /** The base body with {@code field} set to the raw JSON text (added when the base has no such field). */
    private static byte[] withField(ObjectNode base, String field, byte[] json) {
        ObjectNode copy = base.deepCopy();
        String marker = "\u0001HOSTILE\u0001";
        copy.put(field, marker);
        String text = copy.toString();
        String quoted = NODES.textNode(marker).toString();
        int at = text.indexOf(quoted);
        return bytes(utf8(text.substring(0, at)), json, utf8(text.substring(at + quoted.length())));
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static Map<String, Boolean> orderedMap(Object... keysAndValues) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Boolean) keysAndValues[i + 1]);
        }
        return map;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
