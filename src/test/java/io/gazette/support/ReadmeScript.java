package io.gazette.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README.md's ```bash blocks, in order, as one bash script whose line N is the README's line N (other
 * lines are blank; line 1 sources the prelude), so bash's own messages and $LINENO name README lines.
 * A command whose last line ends in the comment {@code # → NNN} gets a check appended: exactly one
 * request since the previous check, answered with status NNN. A command that sends a request
 * ({@code curl}) without declaring its outcome is refused before anything runs. A ```bash block right
 * after a {@code <!-- not run -->} line is left out; fences other than ```bash (```text, ```json) never run.
 */
public final class ReadmeScript {

    public static final String NOT_RUN = "<!-- not run -->";
    /** The outcome a command declares: a comment "→ NNN", optionally followed by words for the reader. */
    static final Pattern OUTCOME = Pattern.compile("^#\\s*→\\s*(\\d{3})\\b.*$");
    private static final Pattern REQUEST = Pattern.compile("(^|[\\s;|&($`])curl(\\s|$)");

    /** One shell command of a run block: README lines {@code first} to {@code last}, as written. */
    public record Command(int first, int last, String text, Integer expectedStatus) {
    }

    private final List<String> scriptLines;
    private final List<Command> commands;

    private ReadmeScript(List<String> scriptLines, List<Command> commands) {
        this.scriptLines = scriptLines;
        this.commands = commands;
    }

    /**
     * @param readme the README's lines
     * @param prelude what line 1 runs (it must stay on one line)
     */
    public static ReadmeScript parse(List<String> readme, String prelude) {
        List<String> script = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        script.add(prelude);
        boolean inFence = false;
        boolean running = false;
        Lexer lexer = null;
        for (int index = 0; index < readme.size(); index++) {
            int lineNumber = index + 1;
            String line = readme.get(index);
            String trimmed = line.trim();
            String out = "";
            if (!inFence && trimmed.startsWith("```")) {
                inFence = true;
                running = trimmed.equals("```bash") && !(index > 0 && readme.get(index - 1).trim().equals(NOT_RUN));
                lexer = running ? new Lexer() : null;
            } else if (inFence && trimmed.equals("```")) {
                if (running && lexer.open()) {
                    problems.add("line " + lexer.first + ": the command does not end before its block does");
                }
                inFence = false;
                running = false;
            } else if (running) {
                Lexer.Line scanned = lexer.scan(line, lineNumber);
                String code = scanned.code();
                out = code;
                if (scanned.commandEnded() != null) {
                    Command command = command(readme, scanned, lexer);
                    commands.add(command);
                    if (command.expectedStatus() != null) {
                        String glue = code.stripTrailing().endsWith(";") || code.stripTrailing().endsWith("&") ? " " : " ; ";
                        out = code.stripTrailing() + glue + "__gz_expect " + command.expectedStatus() + " "
                                + command.first() + " " + command.last();
                    } else if (REQUEST.matcher(command.text()).find()) {
                        problems.add("line " + command.first() + ": a request with no declared outcome; end the command with "
                                + "a comment such as # → 200 (or put " + NOT_RUN + " before a block that must not run)");
                    }
                } else if (scanned.comment() != null && OUTCOME.matcher(scanned.comment()).matches()) {
                    problems.add("line " + lineNumber + ": an outcome is declared on a line that does not end a command");
                }
            }
            if (index == 0 && !out.isEmpty()) {
                throw new IllegalArgumentException("line 1 of the README cannot be part of a run block");
            }
            if (index > 0) {
                script.add(out);
            }
        }
        if (inFence) {
            problems.add("the README ends inside a ``` block");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("README.md cannot be run as written:\n  " + String.join("\n  ", problems));
        }
        script.add("__gz_end");
        return new ReadmeScript(script, commands);
    }

    private static Command command(List<String> readme, Lexer.Line ended, Lexer lexer) {
        int first = ended.commandEnded();
        String text = String.join("\n", readme.subList(first - 1, ended.number())).strip();
        Integer expected = null;
        if (ended.comment() != null) {
            Matcher outcome = OUTCOME.matcher(ended.comment());
            if (outcome.matches()) {
                expected = Integer.valueOf(outcome.group(1));
            }
        }
        return new Command(first, ended.number(), text, expected);
    }

    /** The script's text; line N is README line N. */
    public String text() {
        return String.join("\n", scriptLines) + "\n";
    }

    public List<Command> commands() {
        return commands;
    }

    public List<Command> checkedCommands() {
        return commands.stream().filter(c -> c.expectedStatus() != null).toList();
    }

    /** The command that README line {@code line} belongs to, if it is in a run block. */
    public Command commandAt(int line) {
        return commands.stream().filter(c -> c.first() <= line && line <= c.last()).findFirst().orElse(null);
    }

    /**
     * Enough of bash's quoting to tell where a command ends and where its comment starts: single and
     * double quotes, backslashes, $(...) (also inside double quotes) and line continuations. Here-documents,
     * backquotes and compound commands over several lines (if/for/while) are not understood; the README
     * does without them.
     */
    static final class Lexer {

        private enum Context { SUBSTITUTION, SINGLE, DOUBLE }

        record Line(int number, String code, String comment, Integer commandEnded) {
        }

        private final List<Context> stack = new ArrayList<>();
        private int first = -1;

        boolean open() {
            return first != -1;
        }

        Line scan(String line, int number) {
            if (first == -1) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    return new Line(number, line, null, null);
                }
                first = number;
            }
            int commentAt = -1;
            boolean continued = false;
            for (int i = 0; i < line.length() && commentAt == -1; i++) {
                char c = line.charAt(i);
                Context context = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                if (context == Context.SINGLE) {
                    if (c == '\'') {
                        pop();
                    }
                } else if (context == Context.DOUBLE) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        pop();
                    } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                        stack.add(Context.SUBSTITUTION);
                        i++;
                    }
                } else {
                    if (c == '\\') {
                        if (i == line.length() - 1) {
                            continued = true;
                        }
                        i++;
                    } else if (c == '\'') {
                        stack.add(Context.SINGLE);
                    } else if (c == '"') {
                        stack.add(Context.DOUBLE);
                    } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '(') {
                        stack.add(Context.SUBSTITUTION);
                        i++;
                    } else if (c == '(' && context == Context.SUBSTITUTION) {
                        stack.add(Context.SUBSTITUTION);
                    } else if (c == ')' && context == Context.SUBSTITUTION) {
                        pop();
                    } else if (c == '#' && (i == 0 || " \t;&|(".indexOf(line.charAt(i - 1)) >= 0)) {
                        commentAt = i;
                    }
                }
            }
            String code = commentAt == -1 ? line : line.substring(0, commentAt);
            String comment = commentAt == -1 ? null : line.substring(commentAt).strip();
            if (continued || !stack.isEmpty()) {
                return new Line(number, line, comment, null);
            }
            int started = first;
            first = -1;
            return new Line(number, commentAt == -1 ? line : code, comment, started);
        }

        private void pop() {
            stack.remove(stack.size() - 1);
        }
    }
}
