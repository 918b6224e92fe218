package io.gazette.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README runner itself: what it runs, and that each way an example can go wrong fails it, by README line. */
class ReadmeScriptTest {

    private static final String PRELUDE = ". \"$GZ_PRELUDE\"";
    private static HttpServer server;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().equals("/items/7");
            byte[] body = (known ? "{\"id\":7,\"name\":\"seven\"}" : "{\"status\":404,\"detail\":\"No item\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void runsBashBlocksOnlyKeepingTheReadmeLineNumbers() {
        ReadmeScript script = ReadmeScript.parse(readme("""
                # Title
                <!-- not run -->
                ```bash
                ./mvnw quarkus:dev
                ```
                ```text
                curl output sample
                ```
                ```bash
                curl -X POST "$API/items" \\
                  -d '{"a": 1,
                  "b": "# → 999 inside a string"}'   # → 201 created
                echo done
                ```
                """), PRELUDE);

        List<String> lines = script.text().lines().toList();
        assertEquals(PRELUDE, lines.get(0));
        assertEquals("", lines.get(3), "a block after <!-- not run --> is left out");
        assertEquals("", lines.get(6), "only ```bash blocks run");
        assertEquals("curl -X POST \"$API/items\" \\", lines.get(9));
        assertTrue(lines.get(11).endsWith("}' ; __gz_expect 201 10 12"), lines.get(11));
        assertEquals("echo done", lines.get(12));
        assertEquals(List.of(new ReadmeScript.Command(10, 12, """
                curl -X POST "$API/items" \\
                  -d '{"a": 1,
                  "b": "# → 999 inside a string"}'   # → 201 created""", 201)), script.checkedCommands());
    }

    @Test
    void refusesARequestWithoutADeclaredOutcome() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ReadmeScript.parse(readme("""
                # Title
                ```bash
                ID=$(curl -s "$API/items" | cut -c1-3)
                ```
                """), PRELUDE));
        assertTrue(refused.getMessage().contains("line 3: a request with no declared outcome"), refused.getMessage());
    }

    @Test
    void passesWhenEveryRequestAnswersAsDeclared(@TempDir Path dir) throws Exception {
        ReadmeRun.Result result = run(dir,
                "API=http://localhost:8080",
                "NAME=$(curl -s \"$API/items/7\" | grep -o '\"name\":\"[^\"]*\"' | cut -d'\"' -f4)   # → 200",
                "curl \"$API/items/$NAME\"   # → 404: no item has a name for an id");
        assertNull(result.failure());
        assertEquals(2, result.checked());
    }

    @Test
    void failsOnAnotherStatusNamingLineCommandAndResponse(@TempDir Path dir) throws Exception {
        String failure = run(dir,
                "API=http://localhost:8080",
                "curl \"$API/items/7\"   # → 200",
                "curl -s \\",
                "  \"$API/items/8\"   # → 200",
                "curl \"$API/items/7\"   # → 200").failure();
        assertTrue(failure.startsWith("README.md line 5-6: expected 200, got 404\n"), failure);
        assertTrue(failure.contains("    curl -s \\\n      \"$API/items/8\"   # → 200\n"), failure);
        assertTrue(failure.contains("HTTP/1.1 404") && failure.contains("\"detail\":\"No item\""), failure);
    }

    @Test
    void failsOnAnUnsetVariableAtItsLine(@TempDir Path dir) throws Exception {
        String failure = run(dir, "curl -H \"$ADMIN\" \"http://localhost:8080/items/7\"   # → 200").failure();
        assertTrue(failure.startsWith("bash exited with"), failure);
        assertTrue(failure.contains("line 3: ADMIN: unbound variable"), failure);
    }

    @Test
    void failsWhenACommandFailsSuchAsAGrepThatFindsNothing(@TempDir Path dir) throws Exception {
        String failure = run(dir, "KEY=$(curl -s \"http://localhost:8080/items/7\" | grep -o '\"key\":\"[^\"]*\"')   # → 200").failure();
        assertTrue(failure.startsWith("README.md line 3: the command exited with status 1\n"), failure);
    }

    @Test
    void failsWhenARequestWentUnchecked(@TempDir Path dir) throws Exception {
        String failure = run(dir,
                "\"cu\"\"rl\" -s \"http://localhost:8080/items/8\"",
                "curl \"http://localhost:8080/items/7\"   # → 200").failure();
        assertTrue(failure.startsWith("README.md line 4: 2 requests since the last declared outcome; declare each one"), failure);
    }

    /** A README whose line 3 onwards is one ```bash block of {@code commands}, run against the test server. */
    private static ReadmeRun.Result run(Path dir, String... commands) throws Exception {
        List<String> readme = new ArrayList<>(List.of("# Title", "```bash"));
        readme.addAll(List.of(commands));
        readme.add("```");
        Files.createDirectories(dir);
        return ReadmeRun.run(ReadmeScript.parse(readme, PRELUDE), readme, dir,
                Map.of("localhost:8080", "localhost:" + server.getAddress().getPort()));
    }

    private static List<String> readme(String markdown) {
        return markdown.lines().toList();
    }
}
