package io.gazette.comment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "pending: awaits moderation; approved: public; spam and rejected: never shown", example = "approved")
public enum CommentStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("approved") APPROVED,
    @JsonProperty("spam") SPAM,
    @JsonProperty("rejected") REJECTED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value();
    }

    public static Optional<CommentStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
