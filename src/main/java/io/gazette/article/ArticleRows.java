package io.gazette.article;

import io.gazette.article.dto.FeaturedImage;
import io.gazette.article.dto.TranslationRef;
import io.gazette.language.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.NativeQuery;

/**
 * What readers see of articles, read as rows rather than entities: the cards of a list page and the public page of one
 * article, each in a fixed number of native statements (the articles; their credits with the authors; their tags with
 * the names in the wanted language; an article page's published translations). Readers never write, so loading
 * entities would only cost their snapshots, proxies and the translation of HQL, which with a list parameter Hibernate
 * repeats on every execution.
 */
@ApplicationScoped
public class ArticleRows {

    private static final List<String> CARD_COLUMNS = List.of("id", "slug", "title", "excerpt", "section", "language", "status",
            "published_at", "updated_at", "byline", "featured_image_url", "featured_image_alt", "comment_count");

    private final EntityManager entityManager;

    ArticleRows(EntityManager entityManager) {
        this.entityManager = entityManager;
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
        List<String> columns = new ArrayList<>(CARD_COLUMNS);
        columns.add(bodies ? "body" : "null");
        List<Object[]> rows = scalars(entityManager.createNativeQuery("select " + aliased(columns)
                + " from article where id in (:ids)"), cardTypes(false))
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, List<Credit>> credits = credits(ids, bios);
        Map<Long, List<TagName>> tags = tags(ids, language);
        Map<Long, Card> byId = new HashMap<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            byId.put(id, card(row, credits.getOrDefault(id, List.of()), tags.getOrDefault(id, List.of())));
        }
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
        List<String> columns = new ArrayList<>(CARD_COLUMNS);
        columns.addAll(List.of("body", "created_at", "version", "translation_group_id"));
        List<Object[]> rows = scalars(entityManager.createNativeQuery("select " + aliased(columns)
                + " from article where slug = :slug and status = 'PUBLISHED'"), cardTypes(true))
                .setParameter("slug", slug)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        long id = (Long) row[0];
        String language = (String) row[5];
        List<Long> ids = List.of(id);
        Card card = card(row, credits(ids, false).getOrDefault(id, List.of()), tags(ids, language).getOrDefault(id, List.of()));
        Long group = (Long) row[16];
        return Optional.of(new Page(card, (Instant) row[14], (Long) row[15], group == null ? List.of() : translations(id, group)));
    }

    private Map<Long, List<Credit>> credits(List<Long> ids, boolean bios) {
        List<Object[]> rows = scalars(entityManager.createNativeQuery("select " + aliased(List.of("aa.article_id", "au.slug",
                        "au.name", "coalesce(aa.role, au.role_line)", bios ? "au.bio" : "null")) + " from article_author aa join author au on au.id = aa.author_id"
                        + " where aa.article_id in (:ids) order by aa.article_id, aa.author_order"),
                Long.class, String.class, String.class, String.class, String.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, List<Credit>> byArticle = new HashMap<>();
        for (Object[] row : rows) {
            byArticle.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new Credit((String) row[1], (String) row[2], (String) row[3], (String) row[4]));
        }
        return byArticle;
    }

    private Map<Long, List<TagName>> tags(List<Long> ids, String language) {
        String columns = aliased(List.of("at.article_id", "t.slug", "t.name", "t.description",
                language == null ? "null" : "tt.name", language == null ? "null" : "tt.description"));
        NativeQuery<Object[]> query = scalars(entityManager.createNativeQuery("select " + columns
                        + " from article_tag at join tag t on t.id = at.tag_id"
                        + (language == null ? "" : " left join tag_translation tt on tt.tag_id = t.id and tt.language = :language")
                        + " where at.article_id in (:ids) order by at.article_id, t.name"),
                Long.class, String.class, String.class, String.class, String.class, String.class);
        query.setParameter("ids", ids);
        if (language != null) {
            query.setParameter("language", language);
        }
        Map<Long, List<TagName>> byArticle = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            // A translation row always has a name (not null): without one, the tag shows as created.
            boolean hasTranslation = row[4] != null;
            String name = hasTranslation ? (String) row[4] : (String) row[2];
            String description = hasTranslation ? (String) row[5] : (String) row[3];
            byArticle.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new TagName((String) row[1], name, description, (String) row[2]));
        }
        return byArticle;
    }

    private List<TranslationRef> translations(long id, long group) {
        List<Object[]> rows = scalars(entityManager.createNativeQuery("select " + aliased(List.of("language", "slug", "title")) + " from article"
                        + " where translation_group_id = :group and id <> :id and status = 'PUBLISHED' order by language"),
                String.class, String.class, String.class)
                .setParameter("group", group)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().map(row -> new TranslationRef((String) row[0], (String) row[1], (String) row[2],
                Languages.direction((String) row[0]))).toList();
    }

    private static Class<?>[] cardTypes(boolean page) {
        List<Class<?>> types = new ArrayList<>(List.of(Long.class, String.class, String.class, String.class, String.class, String.class,
                String.class, Instant.class, Instant.class, String.class, String.class, String.class, Integer.class, String.class));
        if (page) {
            types.addAll(List.of(Instant.class, Long.class, Long.class));
        }
        return types.toArray(Class<?>[]::new);
    }

    private static Card card(Object[] row, List<Credit> credits, List<TagName> tags) {
        String imageUrl = (String) row[10];
        return new Card((Long) row[0], (String) row[1], (String) row[2], (String) row[3], Section.valueOf((String) row[4]),
                (String) row[5], ArticleStatus.valueOf((String) row[6]), (Instant) row[7], (Instant) row[8], (String) row[9],
                imageUrl == null ? null : new FeaturedImage(imageUrl, (String) row[11]), (Integer) row[12], (String) row[13],
                credits, tags);
    }

    /** The select list with each expression named c0, c1, ..., the names {@link #scalars} types them by. */
    private static String aliased(List<String> expressions) {
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < expressions.size(); i++) {
            select.append(i == 0 ? "" : ", ").append(expressions.get(i)).append(" as c").append(i);
        }
        return select.toString();
    }

    /** Declares each selected column's Java type, by position, so both databases read them alike. */
    @SuppressWarnings("unchecked")
    private static NativeQuery<Object[]> scalars(jakarta.persistence.Query query, Class<?>... types) {
        NativeQuery<Object[]> nativeQuery = query.unwrap(NativeQuery.class);
        for (int i = 0; i < types.length; i++) {
            nativeQuery.addScalar("c" + i, types[i]);
        }
        return nativeQuery;
    }
}
