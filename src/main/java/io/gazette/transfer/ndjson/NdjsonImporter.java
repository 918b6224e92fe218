package io.gazette.transfer.ndjson;

import io.gazette.article.editing.ArticleSearchIndex;
import io.gazette.common.error.DatabaseOutage;
import io.gazette.common.text.HtmlSanitizer;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.redirect.RedirectPaths;
import io.gazette.transfer.ImportOptions;
import io.gazette.transfer.ImportOutcome;
import io.gazette.transfer.ImportProgress;
import io.gazette.transfer.ImportReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Imports an NDJSON export, a batch of records per transaction. Each record is matched by id: a new id is created with
 * that id (so references, ETags and the next export stay as they were), an id that holds the same record (same slug,
 * username, article) is left alone when equal and overwritten when not, and an id or slug that belongs to something
 * else here is refused, as is everything that points to a refused record. Into an empty database that creates
 * everything; the same file again changes nothing; a newer export of the same publication updates what changed.
 * Nothing is deleted. A batch the database refuses is retried a record at a time, so one bad record costs only itself.
 */
final class NdjsonImporter {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(NdjsonImporter.class);

    /** Where an import writes. */
    interface Database {

        boolean postgres();

        /**
         * Runs {@code work} on one connection in a transaction of its own, committed when it returns and rolled back
         * when it throws; the keys it returns are the surrogate keys of the public pages it changed.
         */
        void inTransaction(Work work) throws SQLException;
    }

    interface Work {
        Set<String> run(Connection connection) throws SQLException;
    }

    /** What the import does with one record. */
    private record Decision(Row row, ImportOutcome outcome, String reason) {
    }

    /** A comment's place in its thread: derived from its parent, written beside it. */
    private record Place(long article, Long thread, int depth) {
    }

    private final Database database;
    private final Set<String> languages;
    private final Map<String, Set<Long>> rejected = new HashMap<>();
    private ImportReport report;
    private ImportProgress progress;
    private boolean dryRun;

    NdjsonImporter(Database database, Set<String> languages) {
        this.database = database;
        this.languages = Set.copyOf(languages);
    }

    long count(Path file) {
        return NdjsonReader.count(file, languages);
    }

    ImportReport run(Path file, ImportOptions options, ImportProgress progress) {
        // The whole file is checked before the first write, whoever calls
        NdjsonReader.count(file, languages);
        this.report = new ImportReport();
        this.progress = progress;
        this.dryRun = options.dryRun();
        rejected.clear();
        try (NdjsonReader reader = new NdjsonReader(file, languages)) {
            List<Row> batch = new ArrayList<>();
            for (Row row = reader.next(); row != null; row = reader.next()) {
                RecordType type = batch.isEmpty() ? null : batch.get(0).type();
                if (type != null && (type != row.type() || batch.size() == BATCH)) {
                    importBatch(batch);
                    batch = new ArrayList<>();
                    if (type != row.type()) {
                        typeDone(type);
                    }
                }
                batch.add(row);
            }
            if (!batch.isEmpty()) {
                importBatch(batch);
                typeDone(batch.get(0).type());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The import stopped: " + reason(e), e);
        }
        return report;
    }

    private void typeDone(RecordType type) throws SQLException {
        if (!dryRun && !type.singleton()) {
            database.inTransaction(connection -> {
                Identities.advance(connection, database.postgres(), type.table());
                return Set.of();
            });
        }
    }

    private void importBatch(List<Row> batch) throws SQLException {
        List<Decision> decisions = new ArrayList<>();
        try {
            database.inTransaction(connection -> {
                decisions.clear();
                Set<String> keys = new TreeSet<>();
                decisions.addAll(decide(connection, batch));
                if (!dryRun) {
                    write(connection, decisions, keys);
                }
                return keys;
            });
        } catch (SQLException | RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                throw e;
            }
            if (batch.size() > 1) {
                for (Row row : batch) {
                    importBatch(List.of(row));
                }
                return;
            }
            LOG.debugf(e, "%s %s refused by the database", batch.get(0).type().name(), batch.get(0).id());
            decisions.clear();
            decisions.add(new Decision(batch.get(0), ImportOutcome.REJECTED, "the database refused it: " + reason(e)));
        }
        for (Decision decision : decisions) {
            String type = decision.row().type().name();
            if (decision.outcome() == ImportOutcome.REJECTED) {
                report.reject(type, sourceId(decision.row()), decision.reason());
                rejected.computeIfAbsent(type, t -> new HashSet<>()).add(decision.row().id());
            } else {
                report.count(type, decision.outcome());
            }
            progress.itemDone(type, decision.outcome());
        }
    }

    /** Created, updated, unchanged or refused, for each record of the batch, from what the database holds now. */
    private List<Decision> decide(Connection connection, List<Row> batch) throws SQLException {
        RecordType type = batch.get(0).type();
        batch.forEach(this::clean);
        List<Decision> decisions = new ArrayList<>();
        if (type.singleton()) {
            Row row = batch.get(0);
            decisions.add(new Decision(row, row.equals(Rows.site(connection, type)) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED, null));
            return decisions;
        }
        Map<Long, Row> existing = Rows.byIds(connection, type, batch.stream().map(Row::id).toList());
        Map<Object, Long> holders = Rows.holders(connection, type, type.unique() == null ? List.of()
                : batch.stream().filter(row -> !existing.containsKey(row.id())).map(row -> row.get(type.unique())).toList());
        Set<Long> refusedHere = new HashSet<>();
        for (Row row : batch) {
            String reason = missingReference(row, refusedHere);
            Row current = existing.get(row.id());
            ImportOutcome outcome;
            if (reason != null) {
                outcome = ImportOutcome.REJECTED;
            } else if (current != null) {
                reason = type.identity().stream().filter(field -> !Objects.equals(current.get(field), row.get(field))).findFirst()
                        .map(field -> "id " + row.id() + " is the " + type.name() + " with " + field + " " + show(current.get(field))
                                + " in this database, " + show(row.get(field)) + " in the file: the file comes from another publication")
                        .orElse(null);
                outcome = reason != null ? ImportOutcome.REJECTED : current.equals(row) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
            } else {
                Long holder = type.unique() == null ? null : holders.get(row.get(type.unique()));
                if (holder != null) {
                    reason = type.unique() + " " + show(row.get(type.unique())) + " belongs to " + type.name() + " " + holder + " in this database";
                }
                outcome = reason != null ? ImportOutcome.REJECTED : ImportOutcome.CREATED;
            }
            if (outcome == ImportOutcome.REJECTED) {
                refusedHere.add(row.id());
            }
            decisions.add(new Decision(row, outcome, reason));
        }
        return decisions;
    }

    /** Article HTML goes through the sanitiser, as on every write; a Gazette export's bodies are clean already. */
    private void clean(Row row) {
        for (Field field : row.type().fields()) {
            if (field.kind() == Field.Kind.HTML && row.get(field.name()) != null) {
                String body = (String) row.get(field.name());
                String clean = HtmlSanitizer.clean(body);
                if (!clean.equals(body)) {
                    row.values().put(field.name(), clean);
                    report.tally("cleanedBodies", 1);
                }
            }
        }
    }

    /** Why the record cannot be imported because of another one refused before it; null when it can. */
    private String missingReference(Row row, Set<Long> refusedHere) {
        for (Field field : row.type().references()) {
            Set<Long> refused = rejected.getOrDefault(field.references(), Set.of());
            boolean sameType = field.references().equals(row.type().name());
            for (Long id : referencedIds(row, field)) {
                if (refused.contains(id) || sameType && refusedHere.contains(id)) {
                    return field.name() + " " + id + ": that " + field.references() + " was not imported";
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> referencedIds(Row row, Field field) {
        if (row.type().fields().contains(field)) {
            Long id = (Long) row.get(field.name());
            return id == null ? List.of() : List.of(id);
        }
        Child child = row.type().children().stream().filter(c -> c.fields().contains(field)).findFirst().orElseThrow();
        Object items = row.get(child.name());
        return child.shape() == Child.Shape.IDS ? (List<Long>) items
                : ((List<Map<String, Object>>) items).stream().map(item -> (Long) item.get(field.name())).toList();
    }

    private void write(Connection connection, List<Decision> decisions, Set<String> keys) throws SQLException {
        RecordType type = decisions.get(0).row().type();
        List<Row> created = rowsWith(decisions, ImportOutcome.CREATED);
        List<Row> updated = rowsWith(decisions, ImportOutcome.UPDATED);
        if (created.isEmpty() && updated.isEmpty()) {
            return;
        }
        Rows.Derived derived = Rows.Derived.NONE;
        if (type.name().equals(TransferSchema.ARTICLE)) {
            List<Row> articles = new ArrayList<>(created);
            articles.addAll(updated);
            derived = searchColumns(connection, articles, keys);
        }
        if (type.name().equals(TransferSchema.COMMENT)) {
            Map<Long, Place> places = places(connection, decisions);
            created = rowsWith(decisions, ImportOutcome.CREATED);
            updated = rowsWith(decisions, ImportOutcome.UPDATED);
            derived = new Rows.Derived(List.of("thread_id", "depth"), row -> {
                Place place = places.get(row.id());
                return java.util.Arrays.asList(place.thread(), place.depth());
            });
        }
        if (type.name().equals(TransferSchema.REDIRECT)) {
            derived = new Rows.Derived(List.of("from_hash"), row -> List.of(RedirectPaths.hash((String) row.get("from"))));
        }
        Rows.insert(connection, type, created, derived);
        Rows.update(connection, type, updated, derived);
        List<Row> written = new ArrayList<>(created);
        written.addAll(updated);
        switch (type.name()) {
            case TransferSchema.SITE -> keys.add(SurrogateKeys.SITE);
            case TransferSchema.AUTHOR, TransferSchema.TAG -> {
                boolean author = type.name().equals(TransferSchema.AUTHOR);
                keys.add(author ? SurrogateKeys.AUTHORS : SurrogateKeys.TAGS);
                written.forEach(row -> keys.add(author ? SurrogateKeys.author((String) row.get("slug")) : SurrogateKeys.tag((String) row.get("slug"))));
                // a renamed author or tag changes the search text and the pages of the articles that name it
                List<Long> ids = updated.stream().map(Row::id).toList();
                List<Long> affected = author ? idsOf(connection, "select distinct article_id from article_author where author_id in", ids)
                        : idsOf(connection, "select distinct article_id from article_tag where tag_id in", ids);
                for (List<Long> chunk : chunks(affected)) {
                    List<Row> articles = List.copyOf(Rows.byIds(connection, TransferSchema.require(TransferSchema.ARTICLE), chunk).values());
                    Rows.updateDerived(connection, "article", articles, searchColumns(connection, articles, keys));
                    articlesShown(connection, articles, keys);
                }
            }
            case TransferSchema.ARTICLE -> {
                tagListing(connection, written);
                articlesShown(connection, written, keys);
            }
            case TransferSchema.COMMENT -> {
                Set<Long> articles = new TreeSet<>();
                written.forEach(row -> articles.add((Long) row.get("article")));
                recountComments(connection, articles);
                keys.add(SurrogateKeys.ARTICLES);
                keys.add(SurrogateKeys.ARTICLE_LISTS);
                articles.forEach(article -> {
                    keys.add(SurrogateKeys.article(article));
                    keys.add(SurrogateKeys.comments(article));
                });
            }
            case TransferSchema.REDIRECT -> {
                // a lookup (404s included) carries the key redirects, an answer its article's key too
                keys.add(SurrogateKeys.REDIRECTS);
                written.forEach(row -> keys.add(SurrogateKeys.article((Long) row.get("article"))));
            }
            default -> {
                // accounts and revisions are on no public page
            }
        }
    }

    /**
     * Thread and depth of each comment to write, from its parent: written earlier in this batch, or in the database.
     * A parent on another article refuses the reply (decisions is changed in place).
     */
    private Map<Long, Place> places(Connection connection, List<Decision> decisions) throws SQLException {
        Map<Long, Place> places = new HashMap<>();
        Set<Long> parents = new TreeSet<>();
        decisions.forEach(d -> {
            if (d.row().get("parent") != null) {
                parents.add((Long) d.row().get("parent"));
            }
        });
        Map<Long, Place> stored = new HashMap<>();
        for (List<Long> chunk : chunks(parents)) {
            try (PreparedStatement select = connection.prepareStatement("select id, article_id, thread_id, depth from article_comment where id in ("
                    + Rows.placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
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
        return places;
    }

    /**
     * The search columns of these articles (title; lead with byline, tag and author names; body as text), computed as
     * the editor computes them, with the names of their tags and authors as stored; their author and tag pages go into keys.
     */
    @SuppressWarnings("unchecked")
    private static Rows.Derived searchColumns(Connection connection, Collection<Row> articles, Set<String> keys) throws SQLException {
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
        for (List<Long> chunk : chunks(ids)) {
            try (PreparedStatement select = connection.prepareStatement("select id, name, slug from " + table + " where id in ("
                    + Rows.placeholders(chunk.size()) + ")")) {
                bind(select, chunk);
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
        idsOf(connection, "select id from article where translation_group_id in", groups).forEach(id -> keys.add(SurrogateKeys.article(id)));
    }

    private static void recountComments(Connection connection, Collection<Long> articles) throws SQLException {
        for (List<Long> chunk : chunks(articles)) {
            try (PreparedStatement recount = connection.prepareStatement("update article set comment_count = (select count(*) from article_comment c"
                    + " where c.article_id = article.id and c.status = 'APPROVED') where id in (" + Rows.placeholders(chunk.size()) + ")")) {
                bind(recount, chunk);
                recount.executeUpdate();
            }
        }
    }

    /** The ids {@code sqlBeforeIn} (ending in "in") selects for these ids, in chunks. */
    private static List<Long> idsOf(Connection connection, String sqlBeforeIn, Collection<Long> ids) throws SQLException {
        List<Long> found = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            try (PreparedStatement select = connection.prepareStatement(sqlBeforeIn + " (" + Rows.placeholders(chunk.size()) + ")")) {
                bind(select, chunk);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.add(result.getLong(1));
                    }
                }
            }
        }
        return found;
    }

    private static void bind(PreparedStatement statement, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 1, ids.get(i));
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            chunks.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return chunks;
    }

    private static List<Row> rowsWith(List<Decision> decisions, ImportOutcome outcome) {
        return decisions.stream().filter(d -> d.outcome() == outcome).map(Decision::row).toList();
    }

    private static String sourceId(Row row) {
        return row.type().singleton() ? row.type().name() : String.valueOf(row.id());
    }

    private static String show(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    /** The database's own words, without the statement some drivers append. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int statement = message.indexOf("; SQL statement:");
        if (statement >= 0) {
            message = message.substring(0, statement);
        }
        message = message.replaceAll("\\s+", " ").trim();
        return message.length() > 500 ? message.substring(0, 500) + "…" : message;
    }
}
