package io.gazette.language;

import io.gazette.common.error.ProblemException;
import io.gazette.language.dto.LanguageView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages this deployment publishes in (gazette.languages), with names and writing direction. */
@ApplicationScoped
public class Languages {

    /**
     * Languages written right to left. The JDK knows names but not direction; this is the set of
     * living languages whose usual script is Arabic, Hebrew, Thaana or Syriac.
     */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku-arab",
            "ps", "sd", "syr", "ug", "ur", "yi");

    private final List<LanguageView> configured;
    private final List<String> codes;

    Languages(LanguageConfig config) {
        this.configured = config.languages().stream().map(Languages::describe).toList();
        this.codes = configured.stream().map(LanguageView::code).toList();
    }

    public List<LanguageView> all() {
        return configured;
    }

    /**
     * The configured languages an Accept-Language header accepts, most wanted first (q-values honoured,
     * q=0 excluded); empty without a header or a match. A malformed header is a 400.
     */
    public List<String> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("Accept-Language", "is not a valid Accept-Language header");
        }
        // RFC 4647 lookup per range, most wanted first: "es-MX" finds "es" when only "es" is configured.
        LinkedHashSet<String> accepted = new LinkedHashSet<>();
        for (Locale.LanguageRange range : ranges) {
            for (String candidate = range.getRange(); !candidate.isEmpty() && !candidate.equals("*"); ) {
                if (codes.contains(candidate)) {
                    accepted.add(candidate);
                    break;
                }
                int cut = candidate.lastIndexOf('-');
                candidate = cut < 0 ? "" : candidate.substring(0, cut);
            }
        }
        return List.copyOf(accepted);
    }

    /** The language a response is asked for: lang (which must be configured), else Accept-Language's best, else null. */
    public String choose(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return requireConfigured("lang", lang.trim());
        }
        List<String> accepted = accepted(acceptLanguage);
        return accepted.isEmpty() ? null : accepted.get(0);
    }

    public String requireConfigured(String field, String language) {
        if (!codes.contains(language)) {
            throw ProblemException.invalidField(field, "must be one of " + String.join(", ", codes));
        }
        return language;
    }

    public static String direction(String languageTag) {
        String tag = languageTag.toLowerCase(Locale.ROOT);
        String primary = tag.split("-")[0];
        return RIGHT_TO_LEFT.contains(tag) || RIGHT_TO_LEFT.contains(primary) ? "rtl" : "ltr";
    }

    private static LanguageView describe(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return new LanguageView(tag, locale.getDisplayName(Locale.ENGLISH), locale.getDisplayName(locale), direction(tag));
    }
}
