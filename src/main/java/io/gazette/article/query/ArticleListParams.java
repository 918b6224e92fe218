package io.gazette.article.query;

import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.article.dto.ArticleCard;
import io.gazette.common.api.QueryEnum;
import io.gazette.language.Languages;
import io.gazette.common.api.PageParams;
import io.gazette.common.api.QueryValues;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.SearchQuery;
import io.gazette.common.text.Texts;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.QueryParam;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Every query parameter the article list declares; anything else is a 400. */
public class ArticleListParams extends PageParams {

    @QueryParam("tag")
    @Parameter(description = "Only articles with these tags (slugs, comma-separated); see tagMatch", example = "[\"palestine\", \"diplomacy\"]", explode = Explode.FALSE)
    List<String> tag;

    @QueryParam("tagMatch")
    @Parameter(description = "any (default): at least one of the tags; all: every one of them",
            schema = @Schema(implementation = TagMatch.class, defaultValue = "any"))
    String tagMatch;

    @QueryParam("author")
    @Parameter(description = "Only articles crediting one of these authors (slugs, comma-separated)", example = "[\"hamid-khoshayand\"]", explode = Explode.FALSE)
    List<String> author;

    @QueryParam("section")
    @Parameter(description = "Only these sections (comma-separated)", example = "[\"opinion\", \"interview\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Section.class), explode = Explode.FALSE)
    List<String> section;

    @QueryParam("lang")
    @Parameter(description = """
            Only this language (BCP 47, one of the configured languages). Without it, Accept-Language chooses: \
            its best configured language, then the others it accepts, in order, as fallbacks. The response \
            carries Content-Language.""", example = "es")
    String lang;

    @QueryParam("fallback")
    @Parameter(description = """
            Languages to fall back on, in order (comma-separated; needs lang): an article in a \
            fallback language is listed when its translation group has no published article in lang or an \
            earlier fallback. Each card says its language.""", example = "[\"en\"]", explode = Explode.FALSE)
    List<String> fallback;

    @QueryParam("publishedAfter")
    @Parameter(description = "Only articles published at or after this ISO 8601 date or date-time (UTC when a date)",
            example = "2024-11-01T00:00:00Z")
    String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(description = "Only articles published before this ISO 8601 date or date-time", example = "2024-12-01")
    String publishedBefore;

    @QueryParam("exclude")
    @Parameter(description = "Leave out these articles (slugs, comma-separated)", example = "[\"single-state-irans-solution\"]", explode = Explode.FALSE)
    List<String> exclude;

    @QueryParam("status")
    @Parameter(description = "Editors only: one workflow status, or all (default published)",
            schema = @Schema(implementation = StatusFilter.class))
    String status;

    @QueryParam("q")
    @Parameter(description = """
            Full-text search over title, lead, body, tag and author names, in web-search syntax: words, \
            "quoted phrases", -excluded. Persian and Arabic spelling variants match. Hits carry a snippet.""",
            example = "scientific diplomacy -nuclear")
    String q;

    @QueryParam("sort")
    @Parameter(description = "-publishedAt (default; relevance when q is given), publishedAt, -updatedAt, title, relevance (needs q)",
            schema = @Schema(implementation = ArticleSort.class))
    String sort;

    @QueryParam("fields")
    @Parameter(description = "Only these card fields (comma-separated): id, slug, title, excerpt, section, language, dir, status, "
            + "publishedAt, authors, byline, tags, featuredImage, commentCount, body, snippet; id and slug are always kept", example = "[\"slug\", \"title\", \"publishedAt\"]", explode = Explode.FALSE)
    List<String> fields;

    @QueryParam("include")
    @Parameter(description = "Related data to embed (comma-separated)", example = "[\"authors.bio\"]",
            schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleInclude.class), explode = Explode.FALSE)
    List<String> include;

    @QueryParam("cursor")
    @Parameter(description = """
            Cursor paging for infinite scroll: send cursor= (empty) for the first page, then the meta.nextCursor \
            (or the Link rel=next) of each page. Stable while new articles are published; no totals. \
            Not with page, nor with sort=relevance. A cursor that was altered is a 400.""",
            example = "djF8LXB1Ymxpc2hlZEF0fDE3MzIxODEwMDAwMDB8NDI.q3J4b9x1dZ1nM0fWc2pHkQ")
    String cursor;

    /**
     * The checked query: every value parsed, languages configured, and status for editors only (a reader
     * asking for another status is a 401). {@code cursorGiven} tells an empty cursor= (first page in cursor
     * mode), which arrives as null, from no cursor at all.
     */
    public ArticleQuery toQuery(boolean editor, boolean cursorGiven, String acceptLanguage, Languages languages) {
        SearchQuery search = search();
        List<String> accepted = languages.accepted(acceptLanguage);
        String language = language(accepted, languages);
        List<String> fallbacks = fallbacks(accepted);
        fallbacks.forEach(fallback -> languages.requireConfigured("fallback", fallback));
        ArticleStatus statusWanted = status(editor);
        ArticleSort order = sort(search != null);
        String cursorValue = cursorGiven ? (cursor == null ? "" : cursor.trim()) : null;
        if (cursorValue != null) {
            requireCursorFits(order, statusWanted);
        }
        Set<ArticleInclude> includes = EnumSet.noneOf(ArticleInclude.class);
        includes.addAll(QueryValues.list("include", include, v -> QueryEnum.parse(ArticleInclude.class, v),
                QueryEnum.accepted(ArticleInclude.class)));
        List<String> pickedFields = QueryValues.list("fields", fields,
                f -> ArticleCard.FIELDS.contains(f) ? Optional.of(f) : Optional.empty(), String.join(", ", ArticleCard.FIELDS));
        return new ArticleQuery(
                QueryValues.list(tag),
                tagMatch() == TagMatch.ALL,
                QueryValues.list(author),
                QueryValues.list("section", section, Section::fromValue, "opinion, interview, analysis, news, review"),
                language,
                fallbacks,
                QueryValues.instant("publishedAfter", publishedAfter),
                QueryValues.instant("publishedBefore", publishedBefore),
                QueryValues.list(exclude),
                statusWanted,
                search,
                order,
                toRequest(),
                cursorValue,
                includes,
                pickedFields);
    }

    private SearchQuery search() {
        String text = Texts.blankToNull(q);
        if (text == null) {
            return null;
        }
        if (text.length() > SearchQuery.MAX_LENGTH) {
            throw ProblemException.invalidField("q", "must be at most " + SearchQuery.MAX_LENGTH + " characters");
        }
        SearchQuery parsed = SearchQuery.parse(text);
        if (parsed.isEmpty()) {
            throw ProblemException.invalidField("q", "must contain at least one word to find");
        }
        return parsed;
    }

    private void requireCursorFits(ArticleSort order, ArticleStatus statusWanted) {
        if (page != null) {
            throw ProblemException.invalidField("cursor", "cannot be combined with page: use one paging mode");
        }
        if (order == ArticleSort.RELEVANCE) {
            throw ProblemException.invalidField("cursor", "search results sorted by relevance are paged with page=");
        }
        if (statusWanted != ArticleStatus.PUBLISHED && (order == ArticleSort.NEWEST || order == ArticleSort.OLDEST)) {
            throw ProblemException.invalidField("cursor", "lists with drafts are cursor-paged with sort=-updatedAt or sort=title");
        }
    }

    /** lang when given, else the client's most wanted configured language (Accept-Language), else none. */
    private String language(List<String> acceptedLanguages, Languages languages) {
        String given = Texts.blankToNull(lang);
        if (given != null) {
            return languages.requireConfigured("lang", given);
        }
        if (!QueryValues.list(fallback).isEmpty()) {
            throw ProblemException.invalidField("fallback", "needs lang");
        }
        return acceptedLanguages.isEmpty() ? null : acceptedLanguages.get(0);
    }

    private List<String> fallbacks(List<String> acceptedLanguages) {
        if (Texts.blankToNull(lang) != null) {
            return QueryValues.list(fallback).stream().filter(f -> !f.equals(lang.trim())).toList();
        }
        return acceptedLanguages.size() <= 1 ? List.of() : acceptedLanguages.subList(1, acceptedLanguages.size());
    }

    private TagMatch tagMatch() {
        if (tagMatch == null || tagMatch.isBlank()) {
            return TagMatch.ANY;
        }
        return QueryEnum.parse(TagMatch.class, tagMatch).orElseThrow(
                () -> ProblemException.invalidField("tagMatch", "must be any or all"));
    }

    private ArticleStatus status(boolean editor) {
        if (status == null || status.isBlank()) {
            return ArticleStatus.PUBLISHED;
        }
        if (!editor) {
            throw new UnauthorizedException();
        }
        return QueryEnum.parse(StatusFilter.class, status).orElseThrow(
                () -> ProblemException.invalidField("status", "must be one of " + QueryEnum.accepted(StatusFilter.class))).status;
    }

    private ArticleSort sort(boolean searching) {
        if (sort == null || sort.isBlank()) {
            return searching ? ArticleSort.RELEVANCE : ArticleSort.NEWEST;
        }
        ArticleSort parsed = QueryEnum.parse(ArticleSort.class, sort.trim()).orElseThrow(
                () -> ProblemException.invalidField("sort", "must be one of " + QueryEnum.accepted(ArticleSort.class)));
        if (parsed == ArticleSort.RELEVANCE && !searching) {
            throw ProblemException.invalidField("sort", "relevance needs a search (q=)");
        }
        return parsed;
    }
}
