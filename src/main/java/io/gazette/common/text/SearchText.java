package io.gazette.common.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizer;
import org.jsoup.Jsoup;

/**
 * Text as search stores and compares it: Unicode-compatible forms, lowercase, and Persian/Arabic
 * spelling variants folded by Lucene's normalisers (Arabic and Persian yeh and kaf, alef forms,
 * diacritics, tatweel; the zero-width non-joiner becomes a space). Applied alike to articles and queries,
 * so a reader's spelling variant finds the article.
 */
public final class SearchText {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
    private static final PersianNormalizer PERSIAN = new PersianNormalizer();

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] chars = withoutZeroWidthNonJoiner(Normalizer.normalize(text, Normalizer.Form.NFKC)).toCharArray();
        int length = ARABIC.normalize(chars, chars.length);
        length = PERSIAN.normalize(chars, length);
        return new String(chars, 0, length).toLowerCase(Locale.ROOT);
    }

    /** The words of an HTML fragment, without markup. */
    public static String plainText(String html) {
        return html == null || html.isEmpty() ? "" : Jsoup.parse(html).text();
    }

    private static String withoutZeroWidthNonJoiner(String text) {
        try (Reader reader = new PersianCharFilter(new StringReader(text))) {
            StringBuilder out = new StringBuilder(text.length());
            char[] buffer = new char[4096];
            for (int read; (read = reader.read(buffer)) != -1; ) {
                out.append(buffer, 0, read);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
    }
}
