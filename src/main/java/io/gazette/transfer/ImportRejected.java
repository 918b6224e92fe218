package io.gazette.transfer;

/**
 * The file as a whole cannot be imported (not XML, wrong format, unsupported version); nothing was written.
 * Line and column are 0 when the problem has no position in the file.
 */
public class ImportRejected extends RuntimeException {

    private final long line;
    private final long column;

    public ImportRejected(String message) {
        this(message, 0, 0);
    }

    public ImportRejected(String message, long line, long column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
