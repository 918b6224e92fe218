package io.gazette.article;

import io.gazette.article.query.ArticleReads;
import io.gazette.article.dto.ArticleView;
import io.gazette.article.dto.PreviewLink;
import io.gazette.common.api.SignedTokens;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Signed, expiring links to one article, so a front end can render a draft without an editor key. */
@ApplicationScoped
public class ArticlePreviews {

    private static final String VERSION = "p1";

    private final SignedTokens tokens;
    private final ArticleReads articles;
    private final Duration ttl;
    private final Clock clock;

    ArticlePreviews(SignedTokens tokens, ArticleReads articles, ArticleConfig config, Clock clock) {
        this.tokens = tokens;
        this.articles = articles;
        this.ttl = config.previewLinkTtl();
        this.clock = clock;
    }

    public PreviewLink create(String slug) {
        long id = articles.anyStatus(slug).id();
        Instant expiresAt = clock.instant().plus(ttl).truncatedTo(ChronoUnit.SECONDS);
        String token = tokens.sign(String.join("|", VERSION, String.valueOf(id), String.valueOf(expiresAt.getEpochSecond())));
        return new PreviewLink(token, "/api/v1/previews/" + token, expiresAt);
    }

    /** The article behind a valid, unexpired link; a 404 for anything else, saying nothing about why. */
    public ArticleView open(String token) {
        return tokens.verify(token)
                .map(payload -> payload.split("\\|"))
                .filter(parts -> parts.length == 3 && parts[0].equals(VERSION))
                .flatMap(this::unexpiredId)
                .flatMap(articles::preview)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "This preview link is not valid or has expired"));
    }

    private Optional<Long> unexpiredId(String[] parts) {
        try {
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            return clock.instant().isBefore(expiresAt) ? Optional.of(Long.parseLong(parts[1])) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
