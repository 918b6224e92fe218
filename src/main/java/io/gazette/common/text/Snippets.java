package io.gazette.common.text;

import java.util.List;
import org.jsoup.nodes.Entities;

/** A short passage around the first match of a query, HTML-escaped, with the matches in {@code <mark>}. */
public final class Snippets {

    private static final int CONTEXT = 80;

    private Snippets() {
    }

    /** The snippet from the first of {@code texts} that contains a term, or null when none does. */
    public static String around(List<String> terms, String... texts) {
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            // Matching runs on the normalised text; when normalising changed the length, show that text.
            String folded = SearchText.normalize(text);
            String shown = folded.length() == text.length() ? text : folded;
            int first = firstMatch(folded, terms);
            if (first < 0) {
                continue;
            }
            int start = Math.max(0, first - CONTEXT);
            int end = Math.min(shown.length(), first + CONTEXT * 2);
            return (start > 0 ? "…" : "") + highlight(shown, folded, terms, start, end) + (end < shown.length() ? "…" : "");
        }
        return null;
    }

    private static int firstMatch(String folded, List<String> terms) {
        int first = -1;
        for (String term : terms) {
            int at = folded.indexOf(term);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static String highlight(String shown, String folded, List<String> terms, int start, int end) {
        StringBuilder out = new StringBuilder();
        int plainFrom = start;
        int i = start;
        while (i < end) {
            int matchLength = longestTermAt(folded, terms, i, end);
            if (matchLength == 0) {
                i++;
                continue;
            }
            out.append(Entities.escape(shown.substring(plainFrom, i)))
                    .append("<mark>").append(Entities.escape(shown.substring(i, i + matchLength))).append("</mark>");
            i += matchLength;
            plainFrom = i;
        }
        return out.append(Entities.escape(shown.substring(plainFrom, end))).toString();
    }

    private static int longestTermAt(String folded, List<String> terms, int at, int end) {
        int longest = 0;
        for (String term : terms) {
            if (term.length() > longest && at + term.length() <= end && folded.startsWith(term, at)) {
                longest = term.length();
            }
        }
        return longest;
    }
}
