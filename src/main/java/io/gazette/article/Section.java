package io.gazette.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of piece, shown before the lead ("Strategic Council Online - Opinion:"). */
@Schema(description = """
        Kind of piece: opinion (signed commentary), interview (questions to a guest, often credited \
        by byline only), analysis (explanatory piece), news (report of events), review (of a book, film or event).""",
        example = "opinion")
public enum Section {
    @JsonProperty("opinion") OPINION,
    @JsonProperty("interview") INTERVIEW,
    @JsonProperty("analysis") ANALYSIS,
    @JsonProperty("news") NEWS,
    @JsonProperty("review") REVIEW;

    /** The name in {@code language} (i18n/sections_*.properties), else in English. */
    public String displayName(String language) {
        Locale locale = language == null ? Locale.ROOT : Locale.forLanguageTag(language);
        ResourceBundle names = ResourceBundle.getBundle("i18n.sections", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return names.getString(value());
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value();
    }

    public static Optional<Section> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
