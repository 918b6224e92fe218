package io.gazette.language;

import io.gazette.common.config.GazetteConfig;
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

    Languages(GazetteConfig config) {
        this.configured = config.languages().stream().map(Languages::describe).toList();
    }

    public List<LanguageView> all() {
        return configured;
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
