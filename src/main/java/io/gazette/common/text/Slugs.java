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
    /**
     * The slug rule as the spec states it, in ECMAScript syntax without Unicode property classes (which need
     * the u flag most validators do not set): hyphen-separated runs of anything but ASCII capitals,
     * punctuation, controls and spaces. A little looser than {@link #PATTERN} (it lets non-Latin capitals
     * through, which the service then refuses with a 400).
     */
    public static final String SPEC_PATTERN =
            "^[^\\x00-\\x2F\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7F\\s]+(-[^\\x00-\\x2F\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7F\\s]+)*$";
    /** What a client may send as a slug. */
    public static final String PATTERN = "^[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{M}\\p{Nd}]*(-[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{M}\\p{Nd}]*)*$";

    /** Apostrophes join rather than separate: "Iran’s" becomes "irans". */
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
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
        String recomposed = Normalizer.normalize(withoutLatinAccents(decomposed), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String hyphenated = EDGE_HYPHENS.matcher(SEPARATORS.matcher(recomposed).replaceAll("-")).replaceAll("");
        if (hyphenated.length() <= MAX_LENGTH) {
            return hyphenated;
        }
        String cut = hyphenated.substring(0, MAX_LENGTH);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut;
    }

    /**
     * Drops combining marks that sit on Latin letters ("ú" is "u" + mark). Marks on other scripts stay:
     * in Persian and Arabic they are part of the letter ("ئ", "آ").
     */
    private static String withoutLatinAccents(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = null;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            int type = Character.getType(codePoint);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (!mark) {
                base = Character.UnicodeScript.of(codePoint);
            } else if (base == Character.UnicodeScript.LATIN) {
                continue;
            }
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }
}
