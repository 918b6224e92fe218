package io.gazette.transfer;

/** Told of each item as an import goes, for the command line's progress bar and the job resource. */
public interface ImportProgress {

    ImportProgress NONE = (type, outcome) -> { };

    void itemDone(String type, ImportOutcome outcome);
}
