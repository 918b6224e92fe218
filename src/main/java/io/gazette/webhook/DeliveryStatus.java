package io.gazette.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "pending: waiting for its next attempt (or being sent); succeeded: the endpoint answered 2xx; "
        + "failed: every attempt failed (redeliver starts again)", example = "succeeded")
public enum DeliveryStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("succeeded") SUCCEEDED,
    @JsonProperty("failed") FAILED
}
