package io.gazette.article.query;

import io.gazette.common.persistence.DatabaseKind;
import io.gazette.common.text.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The full-text part of the article list query, in each database's own means.
 * PostgreSQL: the weighted tsvector of migration V3 and websearch_to_tsquery in the configuration of
 * each article's language (english, spanish, simple for the others), ranked by ts_rank_cd. Each language
 * is matched with its own query (never an OR of all configurations, which would let "-word" through
 * in the configuration that does not stem it), and each of those conditions can use the GIN index. H2: LIKE on the normalised title,
 * lead and body columns for every required term and phrase, none of the excluded ones, ranked by
 * where the terms occur (title 4, lead 2, body 1). Differences: PostgreSQL matches word stems
 * ("diplomats" finds "diplomat"), H2 matches substrings ("diplomat" finds "diplomats" but not the reverse).
 */
@ApplicationScoped
public class ArticleSearch {

    /** Languages with their own text-search configuration; every other one is read with "simple". */
    private static final Map<String, String> STEMMED = Map.of("en", "english", "es", "spanish");

    private final boolean postgres;

    @Inject
    ArticleSearch(DatabaseKind database) {
        this(database.isPostgres());
    }

    ArticleSearch(boolean postgres) {
        this.postgres = postgres;
    }

    /** A SQL condition on alias {@code a}, adding its parameters. */
    String condition(SearchQuery query, String language, Map<String, Object> parameters) {
        if (postgres) {
            parameters.put("q", query.normalized());
            if (language != null) {
                return "a.search_tsv @@ " + tsquery(configurationOf(language));
            }
            List<String> perLanguage = new ArrayList<>();
            STEMMED.forEach((lang, configuration) ->
                    perLanguage.add("(a.language = '" + lang + "' and a.search_tsv @@ " + tsquery(configuration) + ")"));
            perLanguage.add("(a.language not in ('" + String.join("', '", STEMMED.keySet()) + "') and a.search_tsv @@ "
                    + tsquery("simple") + ")");
            return "(" + String.join(" or ", perLanguage) + ")";
        }
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < query.required().size(); i++) {
            parameters.put("term" + i, like(query.required().get(i)));
            conditions.add(anyColumnLike(":term" + i));
        }
        for (int i = 0; i < query.excluded().size(); i++) {
            parameters.put("not" + i, like(query.excluded().get(i)));
            conditions.add("not " + anyColumnLike(":not" + i));
        }
        return String.join(" and ", conditions);
    }

    /** A SQL expression for ordering by relevance, highest first; uses the parameters of {@link #condition}. */
    String rank(SearchQuery query, String language) {
        if (postgres) {
            if (language != null) {
                return "ts_rank_cd(a.search_tsv, " + tsquery(configurationOf(language)) + ")";
            }
            StringBuilder byLanguage = new StringBuilder("case a.language");
            STEMMED.forEach((lang, configuration) ->
                    byLanguage.append(" when '").append(lang).append("' then ").append(tsquery(configuration)));
            byLanguage.append(" else ").append(tsquery("simple")).append(" end");
            return "ts_rank_cd(a.search_tsv, " + byLanguage + ")";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < query.required().size(); i++) {
            String term = ":term" + i;
            parts.add("(case when a.search_title like " + term + " then 4 else 0 end"
                    + " + case when a.search_lead like " + term + " then 2 else 0 end"
                    + " + case when a.search_body like " + term + " then 1 else 0 end)");
        }
        return String.join(" + ", parts);
    }

    private static String tsquery(String configuration) {
        return "websearch_to_tsquery('" + configuration + "'::regconfig, :q)";
    }

    private static String configurationOf(String language) {
        return STEMMED.getOrDefault(language, "simple");
    }

    private static String anyColumnLike(String parameter) {
        return "(a.search_title like " + parameter + " or a.search_lead like " + parameter
                + " or a.search_body like " + parameter + ")";
    }

    private static String like(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
