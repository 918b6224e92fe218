package io.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.gazette.support.PackagedApp;
import io.gazette.support.ReadmeRun;
import io.gazette.support.ReadmeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README, tried as a newcomer would: the packaged service started the way the README's start
 * command starts it (its environment, demo content on an empty data directory), then every ```bash
 * block in order, in one fresh bash, each request checked against the status it declares
 * ({@code # → 201}; see {@link ReadmeScript}). Each run's files, the app's log among them, stay in
 * target/readme-walkthrough/run-&lt;time&gt;/.
 */
class ReadmeWalkthroughIT {

    private static final Path README = Path.of("README.md");
    /** The README's start command: the environment it sets, then the dev-mode launch. */
    private static final Pattern START_COMMAND = Pattern.compile("^\\s*((?:[A-Z][A-Z0-9_]*=\\S+\\s+)+)\\./mvnw\\s+quarkus:dev\\b");

    @Test
    void readmeExamplesRunTopToBottomWithTheOutcomesTheyDeclare() throws Exception {
        long began = System.nanoTime();
        List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
        ReadmeScript script = ReadmeScript.parse(readme, ". \"$GZ_PRELUDE\"");
        assertFalse(script.checkedCommands().isEmpty(), "the README declares no outcome, so nothing would be checked");
        Path run = Files.createDirectories(Path.of("target", "readme-walkthrough", "run-" + System.currentTimeMillis()));

        Map<String, String> environment = new HashMap<>(startEnvironment(readme));
        environment.put("GAZETTE_DATA_DIR", Files.createDirectories(run.resolve("data")).toAbsolutePath().toString());
        environment.put("GAZETTE_DEMO_CONTENT", "true");
        try (PackagedApp app = PackagedApp.launch(run.resolve("app.log"), environment)) {
            app.awaitStatus(app.management.resolve("/q/health/ready"), 200);
            long started = System.nanoTime();
            ReadmeRun.Result result = ReadmeRun.run(script, readme, run, Map.of(
                    "localhost:8080", app.base.getAuthority(),
                    "localhost:9000", app.management.getAuthority()));
            if (result.failure() != null) {
                fail(result.failure() + "\n  app log: " + app.log());
            }
            assertEquals(script.checkedCommands().size(), result.checked(), "declared outcomes checked; files in " + run);
            System.out.printf("ReadmeWalkthroughIT: %d requests answered as declared in %d ms (service start %d ms, %d ms in all)%n",
                    result.checked(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    TimeUnit.NANOSECONDS.toMillis(started - app.launchedNanos),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        }
    }

    /** The variables the README's start command sets ({@code GAZETTE_ADMIN_TOKEN=change-me ./mvnw quarkus:dev}). */
    private static Map<String, String> startEnvironment(List<String> readme) {
        for (String line : readme) {
            Matcher start = START_COMMAND.matcher(line);
            if (start.find()) {
                Map<String, String> environment = new LinkedHashMap<>();
                for (String assignment : start.group(1).trim().split("\\s+")) {
                    int equals = assignment.indexOf('=');
                    environment.put(assignment.substring(0, equals), assignment.substring(equals + 1));
                }
                return environment;
            }
        }
        throw new AssertionError("README.md has no start command such as 'GAZETTE_ADMIN_TOKEN=... ./mvnw quarkus:dev'");
    }
}
