package io.gazette.sitemap;

import io.gazette.article.Section;
import io.gazette.common.persistence.SqlReads;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What sitemaps read of published articles, as SQL over the article table (like the taxonomy counts: this feature need
 * not know the entity). A language's sitemap is read as a stream: one statement, rows fetched a few hundred at a time,
 * each article's published translations joined beside it, so a 50,000-URL sitemap never sits in memory.
 */
@ApplicationScoped
public class SitemapRows {

    /** Rows the PostgreSQL driver fetches at a time (it reads everything at once without a fetch size). */
    private static final int FETCH = 500;

    /** One article and the published editions of its translation group, itself among them (empty without a group). */
    public record Url(String slug, String language, String section, Instant updatedAt, List<Edition> editions) {
    }

    public record Edition(String slug, String language, String section) {
    }

    /** An article of the News sitemap. */
    public record News(String slug, String language, String section, String title, Instant publishedAt) {
    }

    private final SqlReads sql;
    private final AgroalDataSource dataSource;

    SitemapRows(SqlReads sql, AgroalDataSource dataSource) {
        this.sql = sql;
        this.dataSource = dataSource;
    }

    /** Published articles per language, for the index. */
    public Map<String, Long> publishedPerLanguage() {
        Map<String, Long> counts = new LinkedHashMap<>();
        sql.select("select a.language, count(*) from article a where a.status = 'PUBLISHED' group by a.language order by a.language",
                List.of(), row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    /** Whether a language has a published article at this position of its sitemaps' order. */
    public boolean exists(String language, long offset) {
        List<Long> found = new ArrayList<>(1);
        sql.select("select a.id from article a where a.language = ? and a.status = 'PUBLISHED'"
                + " order by a.published_at, a.id offset " + offset + " rows fetch first 1 rows only", List.of(language),
                row -> found.add(row.getLong(1)));
        return !found.isEmpty();
    }

    /** Articles published from {@code since} to {@code until}, newest first. */
    public List<News> news(Instant since, Instant until, int limit) {
        List<News> news = new ArrayList<>();
        sql.select("select a.slug, a.language, a.section, a.title, a.published_at from article a"
                + " where a.status = 'PUBLISHED' and a.published_at >= ? and a.published_at <= ? order by a.published_at desc, a.id desc"
                + " fetch first " + limit + " rows only", List.of(since, until),
                row -> news.add(new News(row.getString(1), row.getString(2), Section.valueOf(row.getString(3)).value(), row.getString(4), SqlReads.instant(row, 5))));
        return news;
    }

    public interface UrlWriter {
        void write(Url url) throws Exception;
    }

    /**
     * Streams one slice of a language's published articles, oldest publication first (so the slices of older
     * articles stay as they were while new ones are published), on a connection of its own: the answer is written
     * after the request's own transaction has ended.
     */
    public void stream(String language, long offset, int limit, UrlWriter writer) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select p.id, p.slug, p.section, p.updated_at, t.slug, t.language, t.section from"
                            + " (select a.id, a.slug, a.section, a.updated_at, a.published_at, a.translation_group_id from article a"
                            + " where a.language = ? and a.status = 'PUBLISHED' order by a.published_at, a.id"
                            + " offset " + offset + " rows fetch first " + limit + " rows only) p"
                            // coalesce: H2 looks a null group up in the index as every article without one (6,000
                            // untranslated articles: 36 million rows scanned, 4.9 s; with it 27 ms)
                            + " left join article t on t.translation_group_id = coalesce(p.translation_group_id, -1) and t.status = 'PUBLISHED'"
                            + " order by p.published_at, p.id, t.language")) {
                statement.setString(1, language);
                statement.setFetchSize(FETCH);
                try (ResultSet rows = statement.executeQuery()) {
                    read(rows, language, writer);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Rows of one article follow each other (one per edition); an article is written once its last row is read. */
    private static void read(ResultSet rows, String language, UrlWriter writer) throws Exception {
        long current = -1;
        Url url = null;
        while (rows.next()) {
            long id = rows.getLong(1);
            if (id != current) {
                if (url != null) {
                    writer.write(url);
                }
                current = id;
                url = new Url(rows.getString(2), language, Section.valueOf(rows.getString(3)).value(),
                        SqlReads.instant(rows, 4), new ArrayList<>(2));
            }
            String edition = rows.getString(5);
            if (edition != null) {
                url.editions().add(new Edition(edition, rows.getString(6), Section.valueOf(rows.getString(7)).value()));
            }
        }
        if (url != null) {
            writer.write(url);
        }
    }
}
