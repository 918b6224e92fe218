package io.gazette.article.query;

import io.gazette.article.ArticleRows;
import io.gazette.common.api.SignedTokens;
import io.gazette.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Article list cursors: the sort, a digest of the filter, and the sort value and id of the last card.
 * A cursor only continues the query that issued it; sent with other filters or another sort it is a 400.
 */
@ApplicationScoped
public class ArticleCursors {

    private static final String VERSION = "a1";

    private final SignedTokens tokens;

    ArticleCursors(SignedTokens tokens) {
        this.tokens = tokens;
    }

    public String after(ArticleRows.Card last, ArticleQuery query) {
        ArticleSort sort = query.sort();
        String value = switch (sort) {
            case NEWEST, OLDEST -> last.publishedAt().toString();
            case RECENTLY_UPDATED -> last.updatedAt().toString();
            case TITLE -> last.title();
            case RELEVANCE -> throw new IllegalStateException("relevance lists are paged by offset");
        };
        return tokens.sign(String.join("|", VERSION, sort.value(), digest(query), String.valueOf(last.id()), value));
    }

    public ArticleListSql.Keyset read(ArticleQuery query) {
        ArticleSort sort = query.sort();
        String[] parts = tokens.verify(query.cursor())
                .orElseThrow(() -> invalid("is not a cursor this service issued, or it was altered"))
                .split("\\|", 5);
        if (parts.length != 5 || !parts[0].equals(VERSION)) {
            throw invalid("is not an article list cursor");
        }
        if (!parts[1].equals(sort.value()) || !parts[2].equals(digest(query))) {
            throw invalid("belongs to a list with other filters or another sort; start again with cursor=");
        }
        try {
            long id = Long.parseLong(parts[3]);
            Object value = sort == ArticleSort.TITLE ? parts[4] : Instant.parse(parts[4]);
            return new ArticleListSql.Keyset(value, id);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid("is not an article list cursor");
        }
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalidField("cursor", message);
    }

    private static String digest(ArticleQuery query) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(query.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
