package io.gazette.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's query in web-search syntax, the same PostgreSQL's websearch_to_tsquery reads:
 * words, "quoted phrases", and -excluded words or phrases. Terms are normalised like stored text.
 */
public record SearchQuery(String normalized, List<String> required, List<String> excluded) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");

    public static SearchQuery parse(String query) {
        String normalized = SearchText.normalize(query).trim();
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(normalized);
        while (matcher.find()) {
            boolean negated = matcher.group(2) != null ? !matcher.group(1).isEmpty() : !matcher.group(3).isEmpty();
            String term = (matcher.group(2) != null ? matcher.group(2) : matcher.group(4)).replaceAll("[\\p{P}\\p{S}&&[^-]]", " ").trim();
            term = term.replaceAll("\\s+", " ");
            if (term.isEmpty() || term.equalsIgnoreCase("or")) {
                continue;
            }
            (negated ? excluded : required).add(term);
        }
        return new SearchQuery(normalized, List.copyOf(required), List.copyOf(excluded));
    }

    public boolean isEmpty() {
        return required.isEmpty();
    }
}
