package io.gazette.article;

import io.gazette.article.dto.FeaturedImage;
import io.gazette.article.dto.TranslationRef;
import io.gazette.common.persistence.SqlReads;
import io.gazette.language.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What readers see of articles, read as rows rather than entities: the cards of a list page and the public page of one
 * article, each in a fixed number of SQL statements (the articles; their credits with the authors; their tags with
 * the names in the wanted language; an article page's published translations). Readers never write, so loading
 * entities would only cost their snapshots and proxies, and HQL with a list parameter is translated again on every
 * execution ({@link SqlReads}).
 */
@ApplicationScoped
public class ArticleRows {

    private static final String CARD_COLUMNS = "id, slug, title, excerpt, section, language, status, published_at, updated_at, byline,"
            + " featured_image_url, featured_image_alt, comment_count";

    private final SqlReads sql;

    ArticleRows(SqlReads sql) {
        this.sql = sql;
    }

    /** An author as credited on one article: the role line that applies there, the bio when asked for. */
    public record Credit(String slug, String name, String role, String bio) {
    }

    /** A tag on an article: its name and description in the wanted language where a translation exists, and as created. */
    public record TagName(String slug, String name, String description, String originalName) {
    }

    /** One article's card, and what a cursor and a search snippet need besides. */
    public record Card(long id, String slug, String title, String excerpt, Section section, String language, ArticleStatus status,
                       Instant publishedAt, Instant updatedAt, String byline, FeaturedImage featuredImage, int commentCount,
                       String body, List<Credit> credits, List<TagName> tags) {
    }

    /** The public page of one article. */
    public record Page(Card card, Instant createdAt, long version, List<TranslationRef> translations) {
    }

    /**
     * The cards of these articles in the order of {@code ids}, tag names in {@code language} (as created when null or
     * untranslated); bodies and bios only when asked for.
     */
    public List<Card> cards(List<Long> ids, String language, boolean bodies, boolean bios) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Credit>> credits = credits(ids, bios);
        Map<Long, List<TagName>> tags = tags(ids, language);
        Map<Long, Card> byId = new HashMap<>();
        sql.select("select " + CARD_COLUMNS + (bodies ? ", body" : ", null") + " from article where id in (" + SqlReads.placeholders(ids) + ")",
                ids, row -> {
                    long id = row.getLong(1);
                    byId.put(id, card(row, credits.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
                });
        List<Card> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Card card = byId.get(id);
            if (card != null) {
                ordered.add(card);
            }
        }
        return ordered;
    }

    /** A published article by its slug (one indexed lookup), its tag names in its own language. */
    public Optional<Page> published(String slug) {
        List<Page> found = new ArrayList<>(1);
        sql.select("select " + CARD_COLUMNS + ", body, created_at, version, translation_group_id from article"
                + " where slug = ? and status = 'PUBLISHED'", List.of(slug), row -> {
            long id = row.getLong(1);
            String language = row.getString(6);
            List<Long> ids = List.of(id);
            Card card = card(row, credits(ids, false).getOrDefault(id, List.of()), tags(ids, language).getOrDefault(id, List.of()));
            long group = row.getLong(17);
            List<TranslationRef> translations = row.wasNull() ? List.of() : translations(id, group);
            found.add(new Page(card, SqlReads.instant(row, 15), row.getLong(16), translations));
        });
        return found.stream().findFirst();
    }

    /**
     * Those of these articles that are published, as their public pages show them (tag names in each article's own
     * language): one statement for the languages, one per language for the tags, and one each for the credits, the
     * articles and their translations.
     */
    public Map<Long, Page> publishedPages(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String in = " in (" + SqlReads.placeholders(ids) + ")";
        Map<String, List<Long>> byLanguage = new HashMap<>();
        sql.select("select id, language from article where status = 'PUBLISHED' and id" + in, ids,
                row -> byLanguage.computeIfAbsent(row.getString(2), language -> new ArrayList<>()).add(row.getLong(1)));
        if (byLanguage.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<TagName>> tags = new HashMap<>();
        byLanguage.forEach((language, ofLanguage) -> tags.putAll(tags(ofLanguage, language)));
        Map<Long, List<Credit>> credits = credits(ids, false);
        record Stamp(Instant createdAt, long version) {
        }
        record Member(long id, String language, String slug, String title) {
        }
        Map<Long, Card> cards = new HashMap<>();
        Map<Long, Stamp> stamps = new HashMap<>();
        Map<Long, List<Long>> groups = new HashMap<>();
        sql.select("select " + CARD_COLUMNS + ", body, created_at, version, translation_group_id from article"
                + " where status = 'PUBLISHED' and id" + in, ids, row -> {
            long id = row.getLong(1);
            cards.put(id, card(row, credits.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
            stamps.put(id, new Stamp(SqlReads.instant(row, 15), row.getLong(16)));
            long group = row.getLong(17);
            if (!row.wasNull()) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(id);
            }
        });
        Map<Long, List<Member>> members = new HashMap<>();
        if (!groups.isEmpty()) {
            List<Long> groupIds = List.copyOf(groups.keySet());
            sql.select("select translation_group_id, id, language, slug, title from article where status = 'PUBLISHED'"
                    + " and translation_group_id in (" + SqlReads.placeholders(groupIds) + ") order by language", groupIds,
                    row -> members.computeIfAbsent(row.getLong(1), g -> new ArrayList<>()).add(
                            new Member(row.getLong(2), row.getString(3), row.getString(4), row.getString(5))));
        }
        Map<Long, Long> groupOf = new HashMap<>();
        groups.forEach((group, inGroup) -> inGroup.forEach(id -> groupOf.put(id, group)));
        Map<Long, Page> found = new HashMap<>();
        cards.forEach((id, card) -> {
            List<TranslationRef> translations = new ArrayList<>();
            Long group = groupOf.get(id);
            if (group != null) {
                for (Member member : members.getOrDefault(group, List.of())) {
                    if (member.id() != id) {
                        translations.add(new TranslationRef(member.language(), member.slug(), member.title(), Languages.direction(member.language())));
                    }
                }
            }
            found.put(id, new Page(card, stamps.get(id).createdAt(), stamps.get(id).version(), translations));
        });
        return found;
    }

    private Map<Long, List<Credit>> credits(List<Long> ids, boolean bios) {
        Map<Long, List<Credit>> byArticle = new HashMap<>();
        sql.select("select aa.article_id, au.slug, au.name, coalesce(aa.role, au.role_line), " + (bios ? "au.bio" : "null")
                + " from article_author aa join author au on au.id = aa.author_id where aa.article_id in (" + SqlReads.placeholders(ids)
                + ") order by aa.article_id, aa.author_order", ids, row -> byArticle.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                .add(new Credit(row.getString(2), row.getString(3), row.getString(4), row.getString(5))));
        return byArticle;
    }

    private Map<Long, List<TagName>> tags(List<Long> ids, String language) {
        List<Object> parameters = new ArrayList<>();
        String translated = "null, null";
        String join = "";
        if (language != null) {
            translated = "tt.name, tt.description";
            join = " left join tag_translation tt on tt.tag_id = t.id and tt.language = ?";
            parameters.add(language);
        }
        parameters.addAll(ids);
        Map<Long, List<TagName>> byArticle = new HashMap<>();
        sql.select("select at.article_id, t.slug, t.name, t.description, " + translated + " from article_tag at join tag t on t.id = at.tag_id"
                + join + " where at.article_id in (" + SqlReads.placeholders(ids) + ") order by at.article_id, t.name", parameters, row -> {
            // A translation row always has a name: without one, the tag shows as created.
            String translatedName = row.getString(5);
            boolean hasTranslation = translatedName != null;
            byArticle.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new TagName(row.getString(2),
                    hasTranslation ? translatedName : row.getString(3), hasTranslation ? row.getString(6) : row.getString(4),
                    row.getString(3)));
        });
        return byArticle;
    }

    private List<TranslationRef> translations(long id, long group) {
        List<TranslationRef> translations = new ArrayList<>();
        sql.select("select language, slug, title from article where translation_group_id = ? and id <> ? and status = 'PUBLISHED'"
                + " order by language", List.of(group, id), row -> translations.add(new TranslationRef(row.getString(1),
                row.getString(2), row.getString(3), Languages.direction(row.getString(1)))));
        return translations;
    }

    private static Card card(ResultSet row, List<Credit> credits, List<TagName> tags) throws SQLException {
        String imageUrl = row.getString(11);
        return new Card(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), Section.valueOf(row.getString(5)),
                row.getString(6), ArticleStatus.valueOf(row.getString(7)), SqlReads.instant(row, 8), SqlReads.instant(row, 9), row.getString(10),
                imageUrl == null ? null : new FeaturedImage(imageUrl, row.getString(12)), row.getInt(13), row.getString(14),
                credits, tags);
    }
}
