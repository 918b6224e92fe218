package io.gazette.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "draft: visible to editors only; published: public", example = "published")
public enum ArticleStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("published") PUBLISHED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value();
    }

    public static Optional<ArticleStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
