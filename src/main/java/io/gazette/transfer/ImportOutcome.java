package io.gazette.transfer;

/** What an import did with one item of the file. */
public enum ImportOutcome {
    CREATED, UPDATED, UNCHANGED, SKIPPED, REJECTED
}
