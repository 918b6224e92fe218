package io.gazette.language;

import io.gazette.common.config.GazetteConfig;
import io.gazette.common.error.ProblemException;
import io.gazette.language.dto.LanguageView;
import jakarta.enterprise.context.ApplicationScoped;
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

    Languages(GazetteConfig config) {
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
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Locale.filterTags(ranges, codes, Locale.FilteringMode.AUTOSELECT_FILTERING);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("Accept-Language", "is not a valid Accept-Language header");
        }
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
