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
     * Whether a file starting with these bytes (up to the first 4 KB) is in this format, for an import that names
     * no format. False by default: such a format must then be named.
     */
    default boolean recognizes(byte[] head) {
        return false;
    }

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
