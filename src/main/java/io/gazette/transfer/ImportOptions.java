package io.gazette.transfer;

/** How one import runs. */
public record ImportOptions(boolean dryRun) {
}
