package io.gazette.transfer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code import} takes on the command line. */
@Command(name = "import", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Imports an export file into Gazette's database, then exits. The service must not be running on the "
                + "embedded H2 database meanwhile (it holds the file); a running service takes files at POST /api/v1/imports.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything imported (or unchanged, or skipped)",
            "1:some items were refused; the report lists them",
            "2:wrong arguments",
            "3:the file was refused whole (malformed, not the format, unsupported version); nothing was written",
            "4:the database could not be used (the embedded one is in use by a running Gazette, or it is unreachable)"})
final class ImportArguments {

    @Parameters(index = "0", paramLabel = "FORMAT", description = "The file's format: wordpress, or ndjson (a Gazette export)")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The export file (WordPress: Tools → Export → All content)")
    Path file;

    @Option(names = "--dry-run", description = "Report what the import would do, and write nothing")
    boolean dryRun;
}
