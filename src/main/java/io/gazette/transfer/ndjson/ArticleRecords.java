package io.gazette.transfer.ndjson;

import io.gazette.article.editing.ArticleSearchIndex;
import io.gazette.common.web.SurrogateKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import of articles, and of the authors and tags they name, computes beside the records: the search columns,
 * the tag pages' order, and the public pages to purge.
 */
final class ArticleRecords {

    private ArticleRecords() {
    }

    /** After articles were written: their tag links' order, and their pages. */
    static void written(Connection connection, List<Row> articles, Set<String> keys) throws SQLException {
        tagListing(connection, articles);
        articlesShown(connection, articles, keys);
    }

    /** After authors or tags were written: a renamed one changes the search text and the pages of the articles that name it. */
    static void namesWritten(Connection connection, RecordType type, List<Row> written, List<Row> updated, Set<String> keys)
            throws SQLException {
        boolean author = type.name().equals(TransferSchema.AUTHOR);
        keys.add(author ? SurrogateKeys.AUTHORS : SurrogateKeys.TAGS);
        written.forEach(row -> keys.add(author ? SurrogateKeys.author((String) row.get("slug")) : SurrogateKeys.tag((String) row.get("slug"))));
        List<Long> ids = updated.stream().map(Row::id).toList();
        List<Long> affected = author ? Sql.idsOf(connection, "select distinct article_id from article_author where author_id in", ids)
                : Sql.idsOf(connection, "select distinct article_id from article_tag where tag_id in", ids);
        for (List<Long> chunk : Sql.chunks(affected)) {
            List<Row> articles = List.copyOf(Rows.byIds(connection, TransferSchema.require(TransferSchema.ARTICLE), chunk).values());
            Rows.updateDerived(connection, "article", articles, searchColumns(connection, articles, keys));
            articlesShown(connection, articles, keys);
        }
    }

    /**
     * The search columns of these articles (title; lead with byline, tag and author names; body as text), computed as
     * the editor computes them, with the names of their tags and authors as stored; their author and tag pages go into keys.
     */
    @SuppressWarnings("unchecked")
    static Rows.Derived searchColumns(Connection connection, Collection<Row> articles, Set<String> keys) throws SQLException {
        Set<Long> authorIds = new TreeSet<>();
        Set<Long> tagIds = new TreeSet<>();
        for (Row article : articles) {
            ((List<Map<String, Object>>) article.get("credits")).forEach(credit -> authorIds.add((Long) credit.get("author")));
            tagIds.addAll((List<Long>) article.get("tags"));
        }
        Map<Long, String> authors = names(connection, "author", authorIds, keys);
        Map<Long, String> tags = names(connection, "tag", tagIds, keys);
        keys.addAll(List.of(SurrogateKeys.ARTICLES, SurrogateKeys.ARTICLE_LISTS, SurrogateKeys.AUTHORS, SurrogateKeys.TAGS, SurrogateKeys.SECTIONS));
        return new Rows.Derived(List.of("search_title", "search_lead", "search_body"), article -> {
            ArticleSearchIndex.Columns columns = ArticleSearchIndex.columns((String) article.get("title"), (String) article.get("excerpt"),
                    (String) article.get("byline"), ((List<Long>) article.get("tags")).stream().map(tags::get).sorted().toList(),
                    ((List<Map<String, Object>>) article.get("credits")).stream().map(credit -> authors.get((Long) credit.get("author"))).toList(),
                    (String) article.get("body"));
            return List.of(columns.title(), columns.lead(), columns.body());
        });
    }

    /** Names by id of these authors or tags; their pages go into keys. */
    private static Map<Long, String> names(Connection connection, String table, Collection<Long> ids, Set<String> keys) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(ids)) {
            try (PreparedStatement select = connection.prepareStatement("select id, name, slug from " + table + " where id in ("
                    + Sql.placeholders(chunk.size()) + ")")) {
                Sql.bind(select, 1, chunk);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        names.put(result.getLong(1), result.getString(2));
                        keys.add(table.equals("author") ? SurrogateKeys.author(result.getString(3)) : SurrogateKeys.tag(result.getString(3)));
                    }
                }
            }
        }
        return names;
    }

    /** The tag pages' order: a published article's publishedAt on its tag links (migration V9; written null with the links). */
    private static void tagListing(Connection connection, List<Row> articles) throws SQLException {
        // one key per statement: H2 scans the whole link table for an UPDATE ... WHERE article_id IN (...)
        try (PreparedStatement listing = connection.prepareStatement("update article_tag set published_at = ? where article_id = ?")) {
            boolean any = false;
            for (Row article : articles) {
                if ("published".equals(article.get("status")) && article.get("publishedAt") != null) {
                    listing.setObject(1, OffsetDateTime.ofInstant((Instant) article.get("publishedAt"), ZoneOffset.UTC));
                    listing.setLong(2, article.id());
                    listing.addBatch();
                    any = true;
                }
            }
            if (any) {
                listing.executeBatch();
            }
        }
    }

    /** The pages of these articles and of their translations, which show each other's titles and slugs. */
    private static void articlesShown(Connection connection, Collection<Row> articles, Set<String> keys) throws SQLException {
        Set<Long> groups = new TreeSet<>();
        for (Row article : articles) {
            keys.add(SurrogateKeys.article(article.id()));
            keys.add(SurrogateKeys.comments(article.id()));
            if (article.get("translationGroup") != null) {
                groups.add((Long) article.get("translationGroup"));
            }
        }
        Sql.idsOf(connection, "select id from article where translation_group_id in", groups).forEach(id -> keys.add(SurrogateKeys.article(id)));
    }
}
