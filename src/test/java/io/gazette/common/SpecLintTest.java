package io.gazette.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.support.NodeRuntime;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed spec as the tools front-end teams use see it: Spectral ({@code spectral:oas}) and Redocly
 * ({@code recommended}) report nothing, apart from the rules openapi/.spectral.yaml and openapi/redocly.yaml
 * turn off with their reasons; and a TypeScript client generated from it with openapi-typescript compiles under
 * {@code tsc --strict}. The tools are the versions pinned in src/test/node, installed once with npm ci into
 * target/spec-tools. No Java port of these linters exists, so this test runs Node.js: the one on the PATH when the tools
 * support it, else one it fetches from the npm registry ({@link NodeRuntime}).
 */
class SpecLintTest {

    private static final Path SPEC = Path.of("openapi/openapi.yaml").toAbsolutePath();
    private static final Path NODE_PROJECT = Path.of("src/test/node");
    private static final Path TOOLS = Path.of("target/spec-tools").toAbsolutePath();
    private static final long TIMEOUT_MINUTES = 5;
    private static NodeRuntime node;

    private record Run(int exitCode, String output) {
    }

    @BeforeAll
    static void installTools() throws IOException, InterruptedException {
        node = NodeRuntime.find();
        Path lock = NODE_PROJECT.resolve("package-lock.json");
        Path installedLock = TOOLS.resolve("package-lock.json");
        boolean installed = Files.isDirectory(TOOLS.resolve("node_modules")) && Files.isRegularFile(installedLock)
                && Files.mismatch(lock, installedLock) == -1;
        if (!installed) {
            Files.createDirectories(TOOLS);
            Files.copy(NODE_PROJECT.resolve("package.json"), TOOLS.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(node.npm());
            // no install scripts: none of the tools needs one, and one dependency would only phone home
            command.addAll(List.of("ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"));
            Run ci = run(TOOLS, command.toArray(String[]::new));
            if (ci.exitCode() != 0) {
                Files.delete(installedLock);
                fail("npm ci in " + TOOLS + " failed:\n" + ci.output());
            }
        }
    }

    @Test
    void spectralReportsNothing() throws IOException, InterruptedException {
        Run spectral = tool("spectral", "lint", "--ruleset", Path.of("openapi/.spectral.yaml").toAbsolutePath().toString(),
                "--fail-severity", "hint", "--format", "stylish", SPEC.toString());
        assertEquals(0, spectral.exitCode(), "Spectral reports problems in openapi/openapi.yaml (fix them in the annotations "
                + "or OAS filters, then regenerate):\n" + spectral.output());
    }

    @Test
    void redoclyReportsNothing() throws IOException, InterruptedException {
        Run redocly = tool("redocly", "lint", "--config", Path.of("openapi/redocly.yaml").toAbsolutePath().toString(),
                "--format", "json", SPEC.toString());
        JsonNode report;
        try {
            // the JSON report is the output's one object; Redocly may print notices around it
            String out = redocly.output();
            report = new ObjectMapper().readTree(out.substring(out.indexOf('{'), out.lastIndexOf('}') + 1));
        } catch (RuntimeException | IOException e) {
            throw new AssertionError("Redocly's report could not be read (exit " + redocly.exitCode() + "):\n" + redocly.output(), e);
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            problems.add(problem.path("severity").asText() + " " + problem.path("ruleId").asText() + " at "
                    + problem.path("location").path(0).path("pointer").asText() + ": " + problem.path("message").asText());
        }
        if (!problems.isEmpty()) {
            fail("Redocly reports " + problems.size() + " problems in openapi/openapi.yaml (fix them in the annotations or OAS "
                    + "filters, then regenerate):\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void typescriptClientCompilesUnderStrict() throws IOException, InterruptedException {
        Path client = Files.createDirectories(TOOLS.resolve("client"));
        Files.copy(NODE_PROJECT.resolve("client-check.ts"), client.resolve("client-check.ts"), StandardCopyOption.REPLACE_EXISTING);
        Run types = tool("openapi-typescript", SPEC.toString(), "--output", client.resolve("gazette-api.d.ts").toString());
        assertEquals(0, types.exitCode(), "openapi-typescript could not generate types:\n" + types.output());
        // the same flags as the README's "Generating a client"
        Run tsc = tool("tsc", "--strict", "--noEmit", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler",
                client.resolve("client-check.ts").toString());
        assertEquals(0, tsc.exitCode(), "src/test/node/client-check.ts does not compile against the generated types "
                + "(target/spec-tools/client/gazette-api.d.ts):\n" + tsc.output());
    }

    /** Runs a tool installed in target/spec-tools through node, so no shell or PATH lookup of the tool is involved. */
    private static Run tool(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node.node(), TOOLS.resolve("node_modules/.bin").resolve(name).toString()));
        command.addAll(List.of(arguments));
        return run(TOOLS, command.toArray(String[]::new));
    }

    private static Run run(Path directory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().put("NO_UPDATE_NOTIFIER", "1");
        builder.environment().put("NO_COLOR", "1");
        if (node.bin() != null) {
            builder.environment().merge("PATH", node.bin().toString(), (path, bin) -> bin + File.pathSeparator + path);
        }
        // output goes to a file, so the timeout holds even when a tool hangs with its output open
        Path log = Files.createTempFile("spec-tool", ".log");
        try {
            Process process = builder.redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + Files.readString(log));
            }
            return new Run(process.exitValue(), Files.readString(log));
        } finally {
            Files.delete(log);
        }
    }
}
