package io.gazette.common.text;

import io.gazette.common.error.ProblemException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs are lowercase letters and digits joined by hyphens. Latin accents are dropped
 * ("Últimas" becomes "ultimas"); Persian and Arabic letters are kept as Unicode.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 160;
    /** What a client may send as a slug. */
    public static final String PATTERN = "^[\\p{Ll}\\p{Lo}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*$";

    /** Apostrophes join rather than separate: "Iran’s" becomes "irans". */
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘`]");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /** The slug of a title, or a 400 naming {@code field} when the title has no letter or digit. */
    public static String fromTitleOf(String field, String title) {
        String slug = fromTitle(title);
        if (slug.isEmpty()) {
            throw ProblemException.invalidField(field, "must contain at least one letter or digit");
        }
        return slug;
    }

    public static String fromTitle(String title) {
        String decomposed = Normalizer.normalize(APOSTROPHES.matcher(title).replaceAll(""), Normalizer.Form.NFKD);
        String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String recomposed = Normalizer.normalize(withoutMarks, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String hyphenated = EDGE_HYPHENS.matcher(SEPARATORS.matcher(recomposed).replaceAll("-")).replaceAll("");
        if (hyphenated.length() <= MAX_LENGTH) {
            return hyphenated;
        }
        String cut = hyphenated.substring(0, MAX_LENGTH);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut;
    }
}
