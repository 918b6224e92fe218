package io.gazette.transfer.ndjson;

import io.gazette.common.web.SurrogateKeys;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ndjson.NdjsonImporter.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What an import of comments computes beside the records: each one's thread and depth, the articles' comment counts. */
final class CommentRecords {

    /** A comment's place in its thread: derived from its parent, written beside it. */
    private record Place(long article, Long thread, int depth) {
    }

    private CommentRecords() {
    }

    /**
     * Thread and depth of each comment to write, from its parent: written earlier in this batch, or in the database.
     * A parent on another article refuses the reply (decisions is changed in place).
     */
    static Rows.Derived places(Connection connection, List<Decision> decisions) throws SQLException {
        Map<Long, Place> places = new HashMap<>();
        Set<Long> parents = new TreeSet<>();
        decisions.forEach(d -> {
            if (d.row().get("parent") != null) {
                parents.add((Long) d.row().get("parent"));
            }
        });
        Map<Long, Place> stored = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(parents)) {
            try (PreparedStatement select = connection.prepareStatement("select id, article_id, thread_id, depth from article_comment where id in ("
                    + Sql.placeholders(chunk.size()) + ")")) {
                Sql.bind(select, 1, chunk);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        long thread = result.getLong(3);
                        stored.put(result.getLong(1), new Place(result.getLong(2), result.wasNull() ? null : thread, result.getInt(4)));
                    }
                }
            }
        }
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            Row row = decision.row();
            long article = (Long) row.get("article");
            if (decision.outcome() == ImportOutcome.REJECTED) {
                continue;
            }
            Long parentId = (Long) row.get("parent");
            Place place;
            if (parentId == null) {
                place = new Place(article, null, 1);
            } else {
                Place parent = places.containsKey(parentId) ? places.get(parentId) : stored.get(parentId);
                String reason = parent == null ? "parent " + parentId + " is not in the database"
                        : parent.article() != article ? "parent " + parentId + " is a comment on article " + parent.article() + ", not " + article
                        : null;
                if (reason != null) {
                    decisions.set(i, new Decision(row, ImportOutcome.REJECTED, reason));
                    continue;
                }
                place = new Place(article, parent.thread() != null ? parent.thread() : parentId, parent.depth() + 1);
            }
            places.put(row.id(), place);
        }
        return new Rows.Derived(List.of("thread_id", "depth"), row -> {
            Place place = places.get(row.id());
            return Arrays.asList(place.thread(), place.depth());
        });
    }

    /** After comments were written: their articles' approved-comment counts, and their pages. */
    static void written(Connection connection, List<Row> comments, Set<String> keys) throws SQLException {
        Set<Long> articles = new TreeSet<>();
        comments.forEach(row -> articles.add((Long) row.get("article")));
        recount(connection, articles);
        keys.add(SurrogateKeys.ARTICLES);
        keys.add(SurrogateKeys.ARTICLE_LISTS);
        articles.forEach(article -> {
            keys.add(SurrogateKeys.article(article));
            keys.add(SurrogateKeys.comments(article));
        });
    }

    private static void recount(Connection connection, Collection<Long> articles) throws SQLException {
        for (List<Long> chunk : Sql.chunks(articles)) {
            try (PreparedStatement recount = connection.prepareStatement("update article set comment_count = (select count(*) from article_comment c"
                    + " where c.article_id = article.id and c.status = 'APPROVED') where id in (" + Sql.placeholders(chunk.size()) + ")")) {
                Sql.bind(recount, 1, chunk);
                recount.executeUpdate();
            }
        }
    }
}
