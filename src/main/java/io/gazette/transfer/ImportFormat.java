package io.gazette.transfer;

import java.nio.file.Path;

/**
 * A file format that content can be imported from (WordPress WXR, Gazette's own NDJSON). One implementation per
 * format; the import job resource and the command line both go through {@link #countItems} then {@link #run}.
 */
public interface ImportFormat {

    /** The name a user types and a job shows: {@code wordpress}, {@code ndjson}. */
    String name();

    /**
     * Reads the whole file once without writing anything, so a malformed file or a wrong format is refused before
     * the first write, and the progress bar knows its total.
     *
     * @throws ImportRejected when the file cannot be imported at all
     */
    long countItems(Path file);

    /** Imports the file, streaming it; writes nothing when {@code options.dryRun()}. */
    ImportReport run(Path file, ImportOptions options, ImportProgress progress);
}
