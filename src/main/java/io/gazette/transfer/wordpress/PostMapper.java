package io.gazette.transfer.wordpress;

import static io.gazette.transfer.wordpress.WxrContent.blankToNull;
import static io.gazette.transfer.wordpress.WxrContent.firstNonBlank;

import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.article.dto.ArticleInput;
import io.gazette.article.dto.FeaturedImage;
import io.gazette.common.error.ProblemException;
import io.gazette.language.Languages;
import io.gazette.transfer.wordpress.WordPressWriter.Batch;
import io.gazette.transfer.wordpress.WordPressWriter.Refused;
import io.gazette.transfer.wordpress.WordPressWriter.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A WordPress post as Gazette will hold it: status and dates, body, section and tags from its categories, language and
 * translation group, author and role, featured image and old addresses. Finds or makes the authors and tags it names.
 */
@ApplicationScoped
class PostMapper {

    /** A post as Gazette will hold it; its hash decides UNCHANGED. */
    record Mapped(ArticleInput input, ArticleStatus status, Instant publishedAt, Instant publishAt, Instant createdAt,
                  Instant updatedAt, boolean commentsClosed, String translationGroup, List<String> links) {
    }

    private final TaxonomyWriter taxonomies;
    private final Languages languages;
    private final Validator validator;
    private final Clock clock;
    private final WordPressConfig config;

    PostMapper(TaxonomyWriter taxonomies, Languages languages, Validator validator, Clock clock, WordPressConfig config) {
        this.taxonomies = taxonomies;
        this.languages = languages;
        this.validator = validator;
        this.clock = clock;
        this.config = config;
    }

    /** publish, future, draft, pending, private; null for what is not imported (trash, auto-draft, revisions). */
    static ArticleStatus status(String wordpress) {
        return switch (String.valueOf(wordpress)) {
            case "publish" -> ArticleStatus.PUBLISHED;
            case "future" -> ArticleStatus.SCHEDULED;
            case "draft" -> ArticleStatus.DRAFT;
            case "pending" -> ArticleStatus.IN_REVIEW;
            case "private" -> ArticleStatus.UNPUBLISHED;
            default -> null;
        };
    }

    Mapped map(Run run, Batch batch, WxrEntry.Item item, ArticleStatus wordpressStatus) {
        Instant now = clock.instant();
        Instant date = WxrContent.gmt(item.dateGmt());
        Instant modified = WxrContent.gmt(item.modifiedGmt());
        ArticleStatus status = wordpressStatus;
        Instant publishedAt = null;
        Instant publishAt = null;
        switch (status) {
            case PUBLISHED, UNPUBLISHED -> {
                if (date == null) {
                    throw new Refused("a " + item.status() + " post without wp:post_date_gmt");
                }
                if (date.isAfter(now) && status == ArticleStatus.PUBLISHED) {
                    status = ArticleStatus.SCHEDULED;
                    publishAt = date;
                    batch.tally("published posts dated in the future, imported as scheduled");
                } else {
                    publishedAt = date;
                }
            }
            case SCHEDULED -> {
                if (date == null) {
                    throw new Refused("a scheduled post without wp:post_date_gmt");
                }
                if (date.isAfter(now)) {
                    publishAt = date;
                } else {
                    // WordPress missed it; Gazette publishes it as it would have gone up
                    status = ArticleStatus.PUBLISHED;
                    publishedAt = date;
                    batch.tally("scheduled posts past their time, imported as published");
                }
            }
            default -> { }
        }
        Instant createdAt = date != null ? date : modified != null ? modified : now;
        Instant updatedAt = modified != null && !modified.isBefore(createdAt) ? modified : createdAt;

        WxrContent.Body body = WxrContent.body(item.content());
        if (body.blockComments() > 0) {
            batch.tallies.merge("Gutenberg block comments dropped", (long) body.blockComments(), Long::sum);
        }
        body.shortcodes().forEach((name, count) -> {
            batch.tallies.merge("shortcodes kept as text", (long) count, Long::sum);
            batch.tallies.merge("shortcode [" + name + "]", (long) count, Long::sum);
        });

        Section section = null;
        List<String> tagSlugs = new ArrayList<>();
        String languageTerm = null;
        String group = null;
        for (WxrEntry.ItemTerm term : item.terms()) {
            switch (String.valueOf(term.domain())) {
                case "category" -> {
                    Section mapped = taxonomies.section(term.slug());
                    if (mapped != null && section == null) {
                        section = mapped;
                    } else {
                        tagSlugs.add(taxonomies.tagSlug(run, batch, term));
                    }
                }
                case "post_tag" -> tagSlugs.add(taxonomies.tagSlug(run, batch, term));
                case "language" -> languageTerm = term.slug();
                case "post_translations" -> group = term.slug();
                default -> { }
            }
        }
        Map<String, String> meta = item.meta();
        languageTerm = firstNonBlank(languageTerm, meta.get("_wpml_import_language_code"), config.language());
        group = firstNonBlank(group, meta.get("_wpml_import_translation_group"), null);
        String language = language(languageTerm);

        List<String> authorSlugs = new ArrayList<>();
        Map<String, String> roles = new LinkedHashMap<>();
        String byline = blankToNull(WxrContent.line(meta.get(config.bylineField())));
        if (byline == null && item.creator() != null && !item.creator().isBlank()) {
            String authorSlug = taxonomies.creatorSlug(run, batch, item.creator().strip());
            authorSlugs.add(authorSlug);
            String role = blankToNull(WxrContent.line(meta.get(config.roleField())));
            if (role != null) {
                roles.put(authorSlug, role);
            }
        }

        FeaturedImage image = null;
        String thumbnail = meta.get("_thumbnail_id");
        if (thumbnail != null && !thumbnail.isBlank()) {
            image = run.attachments.get(thumbnail.strip());
            if (image == null) {
                batch.tally("featured images whose attachment is not in the file");
            }
        }
        String title = WxrContent.line(item.title());
        ArticleInput input = new ArticleInput(articleSlug(batch, item, title), title, blankToNull(WxrContent.lines(item.excerpt())),
                body.html(), section != null ? section : config.defaultSection(), language, authorSlugs,
                roles.isEmpty() ? null : roles, byline, new ArrayList<>(new LinkedHashSet<>(tagSlugs)), image);
        Set<ConstraintViolation<ArticleInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new Refused(violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        List<String> links = new ArrayList<>();
        if (item.link() != null && !item.link().isBlank()) {
            links.add(item.link().strip());
        }
        links.add("/?p=" + item.id());
        return new Mapped(input, status, publishedAt, publishAt, createdAt, updatedAt, "closed".equals(item.commentStatus()),
                group, links);
    }

    /** A Polylang or WPML language (en, es_ES, pt-br) as one of the configured languages. */
    private String language(String term) {
        String primary = term.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        try {
            return languages.requireConfigured("language", primary);
        } catch (ProblemException e) {
            throw new Refused("language '" + term + "' is not one of the configured languages (gazette.languages)");
        }
    }

    /** The post's own slug, percent-decoded; made from the title (or the post id) when WordPress has none that Gazette takes. */
    private static String articleSlug(Batch batch, WxrEntry.Item item, String title) {
        String slug = WxrContent.slug(item.name(), title, "post-" + item.id());
        String decoded = WxrContent.decodeSlug(item.name());
        if (decoded != null && !decoded.isBlank() && !slug.equals(Normalizer.normalize(decoded, Normalizer.Form.NFC))) {
            batch.tally("slugs rewritten to Gazette's rule");
        }
        return slug;
    }
}
