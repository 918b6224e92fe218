package io.gazette.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link ReadmeScript} as a newcomer pastes the README: one bash, no profile or rc files, a HOME of
 * its own (so no ~/.curlrc), this machine's PATH. The prelude (src/test/resources/readme-walkthrough/prelude.sh)
 * wraps curl to record each request's status and body. Everything stays in {@code dir}: the script
 * (README.md.sh), its output (output.log) and the files of the last request (work/).
 */
public final class ReadmeRun {

    private static final long LIMIT_SECONDS = 180;
    private static final int BODY_SHOWN = 3000;
    private static final int OUTPUT_LINES_SHOWN = 6;
    private static final int OUTPUT_LINE_SHOWN = 300;

    /** {@code failure} is null when every command answered as declared. */
    public record Result(int checked, String failure) {
    }

    private ReadmeRun() {
    }

    /** @param hosts the README's host:port replaced by the running service's, in the script's text */
    public static Result run(ReadmeScript script, List<String> readme, Path dir, Map<String, String> hosts)
            throws IOException, InterruptedException {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path prelude = dir.resolve("prelude.sh");
        try (InputStream source = ReadmeRun.class.getResourceAsStream("/readme-walkthrough/prelude.sh")) {
            Files.write(prelude, source.readAllBytes());
        }
        String text = script.text();
        for (Map.Entry<String, String> host : hosts.entrySet()) {
            text = text.replace(host.getKey(), host.getValue());
        }
        Path file = dir.resolve("README.md.sh");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path output = dir.resolve("output.log");

        ProcessBuilder bash = new ProcessBuilder("bash", "--noprofile", "--norc", file.toAbsolutePath().toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = bash.environment();
        String path = environment.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
        environment.clear();
        environment.put("PATH", path);
        environment.put("HOME", work.toAbsolutePath().toString());
        environment.put("LANG", "C.UTF-8");
        environment.put("GZ_WORK", work.toAbsolutePath().toString());
        environment.put("GZ_PRELUDE", prelude.toAbsolutePath().toString());
        Process process = bash.start();
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return new Result(0, "the README's commands ran longer than " + LIMIT_SECONDS + " s; output in " + output);
        }
        int checked = lines(work.resolve("checked")).size();
        if (process.exitValue() == 0 && !Files.exists(work.resolve("failure"))) {
            return new Result(checked, null);
        }
        return new Result(checked, report(script, readme, dir, process.exitValue()));
    }

    /** Where it failed (README lines, the command as written), what was expected, what came back. */
    private static String report(ReadmeScript script, List<String> readme, Path dir, int exit) throws IOException {
        Path work = dir.resolve("work");
        StringBuilder message = new StringBuilder();
        Path failure = work.resolve("failure");
        if (Files.exists(failure)) {
            Properties facts = new Properties();
            try (Reader reader = Files.newBufferedReader(failure, StandardCharsets.UTF_8)) {
                facts.load(reader);
            }
            int first = Integer.parseInt(facts.getProperty("first"));
            int last = Integer.parseInt(facts.getProperty("last"));
            ReadmeScript.Command command = script.commandAt(first);
            if (command != null) {
                first = command.first();
                last = command.last();
            }
            message.append("README.md line ").append(first == last ? first : first + "-" + last).append(": ")
                    .append(facts.getProperty("reason")).append('\n');
            message.append("  command:\n");
            readme.subList(first - 1, last).forEach(line -> message.append("    ").append(line).append('\n'));
            String status = lines(work.resolve("headers")).stream().filter(l -> l.startsWith("HTTP/"))
                    .reduce((a, b) -> b).orElse("").strip();
            String body = String.join("\n", lines(work.resolve("body")));
            message.append("  last response:\n    ").append(status).append("\n    ")
                    .append(body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "..." : body).append('\n');
        } else {
            message.append("bash exited with ").append(exit).append(" (its line numbers are README.md's)\n");
        }
        List<String> output = lines(dir.resolve("output.log"));
        message.append("  last lines of output:\n");
        output.subList(Math.max(0, output.size() - OUTPUT_LINES_SHOWN), output.size()).forEach(line -> message.append("    ")
                .append(line.length() > OUTPUT_LINE_SHOWN ? line.substring(0, OUTPUT_LINE_SHOWN) + "..." : line).append('\n'));
        message.append("  files of this run (script, output, last response): ").append(dir);
        return message.toString();
    }

    /** A file's lines, leniently decoded (a response may end mid-character); none if it is missing. */
    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList() : List.of();
    }
}
