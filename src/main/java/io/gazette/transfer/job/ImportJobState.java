package io.gazette.transfer.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "queued (waits for the import before it on this instance), counting (reads the whole file once, "
        + "so a bad file writes nothing), running, succeeded, failed (see error)", example = "running")
public enum ImportJobState {
    @JsonProperty("queued") QUEUED,
    @JsonProperty("counting") COUNTING,
    @JsonProperty("running") RUNNING,
    @JsonProperty("succeeded") SUCCEEDED,
    @JsonProperty("failed") FAILED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
