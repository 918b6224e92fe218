package io.gazette.transfer.ndjson;

import static io.gazette.transfer.ndjson.Field.enumeration;
import static io.gazette.transfer.ndjson.Field.instant;
import static io.gazette.transfer.ndjson.Field.of;
import static io.gazette.transfer.ndjson.Field.reference;
import static io.gazette.transfer.ndjson.Field.text;

import io.gazette.account.AccountRole;
import io.gazette.article.ArticleLimits;
import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.comment.CommentStatus;
import io.gazette.site.SiteLimits;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the NDJSON file holds, type by type in the order they are written (a record only points to records above it),
 * and what of the schema it leaves out and why. {@code SchemaCoverageTest} compares this with the database's own
 * catalogue, so a migration that adds a table or a column fails the build until it is placed here.
 */
final class TransferSchema {

    static final String FORMAT = "gazette-ndjson";
    static final int VERSION = 1;
    static final String HEADER = "header";
    static final String END = "end";

    static final String SITE = "site";
    static final String ACCOUNT = "account";
    static final String AUTHOR = "author";
    static final String TAG = "tag";
    static final String ARTICLE = "article";
    static final String REVISION = "revision";
    static final String COMMENT = "comment";
    static final String REDIRECT = "redirect";
    static final String IMPORT_REFERENCE = "importReference";

    static final List<RecordType> TYPES = List.of(
            new RecordType(SITE, "site", true, List.of(
                    text("name", "name", SiteLimits.NAME),
                    text("description", "description", SiteLimits.DESCRIPTION),
                    text("url", "url", SiteLimits.URL),
                    text("logoUrl", "logo_url", SiteLimits.URL),
                    of("defaultLanguage", "default_language", Field.Kind.LANGUAGE),
                    of("version", "version", Field.Kind.LONG).notNull()),
                    List.of(Child.byLanguage("labels", "site_label", "site_id", "language",
                            text("latestContent", "latest_content", SiteLimits.SHORT_LABEL),
                            text("commentCount", "comment_count", SiteLimits.SHORT_LABEL),
                            text("submitComment", "submit_comment", SiteLimits.SHORT_LABEL),
                            text("commentPrivacyNotice", "comment_privacy_notice", SiteLimits.NOTICE))),
                    List.of(), null),
            new RecordType(ACCOUNT, "account", false, List.of(
                    Field.id(),
                    text("username", "username", 60).notNull(),
                    text("displayName", "display_name", 200),
                    enumeration("role", "role", values(AccountRole.values())).notNull(),
                    instant("createdAt", "created_at").notNull()),
                    List.of(), List.of("username"), "username"),
            new RecordType(AUTHOR, "author", false, List.of(
                    Field.id(),
                    of("slug", "slug", Field.Kind.SLUG).notNull(),
                    text("name", "name", 200).notNull(),
                    text("roleLine", "role_line", 200),
                    text("bio", "bio", 5000),
                    text("avatarUrl", "avatar_url", 2000),
                    text("email", "email", 320),
                    instant("createdAt", "created_at").notNull(),
                    instant("updatedAt", "updated_at").notNull(),
                    of("version", "version", Field.Kind.LONG).notNull()),
                    List.of(), List.of("slug"), "slug"),
            new RecordType(TAG, "tag", false, List.of(
                    Field.id(),
                    of("slug", "slug", Field.Kind.SLUG).notNull(),
                    text("name", "name", 120).notNull(),
                    text("description", "description", 2000),
                    instant("createdAt", "created_at").notNull(),
                    instant("updatedAt", "updated_at").notNull(),
                    of("version", "version", Field.Kind.LONG).notNull()),
                    List.of(Child.byLanguage("names", "tag_translation", "tag_id", "language",
                            text("name", "name", 120).notNull(),
                            text("description", "description", 2000))),
                    List.of("slug"), "slug"),
            new RecordType(ARTICLE, "article", false, List.of(
                    Field.id(),
                    of("slug", "slug", Field.Kind.SLUG).notNull(),
                    text("title", "title", ArticleLimits.TITLE).notNull(),
                    text("excerpt", "excerpt", ArticleLimits.EXCERPT),
                    Field.html("body", "body", ArticleLimits.BODY).notNull(),
                    enumeration("section", "section", values(Section.values())).notNull(),
                    of("language", "language", Field.Kind.LANGUAGE).notNull(),
                    enumeration("status", "status", values(ArticleStatus.values())).notNull(),
                    text("byline", "byline", ArticleLimits.BYLINE),
                    text("featuredImageUrl", "featured_image_url", ArticleLimits.IMAGE_URL),
                    text("featuredImageAlt", "featured_image_alt", ArticleLimits.IMAGE_ALT),
                    of("translationGroup", "translation_group_id", Field.Kind.LONG),
                    of("commentsClosed", "comments_closed", Field.Kind.BOOLEAN).notNull(),
                    text("owner", "owner", 60),
                    instant("publishedAt", "published_at"),
                    instant("publishAt", "publish_at"),
                    instant("unpublishAt", "unpublish_at"),
                    instant("createdAt", "created_at").notNull(),
                    instant("updatedAt", "updated_at").notNull(),
                    of("version", "version", Field.Kind.LONG).notNull()),
                    List.of(Child.list("credits", "article_author", "article_id", "author_order",
                                    reference("author", "author_id", AUTHOR).notNull(),
                                    text("role", "role", ArticleLimits.AUTHOR_ROLE)),
                            Child.ids("tags", "article_tag", "article_id", reference("tag", "tag_id", TAG).notNull())),
                    List.of("slug"), "slug"),
            new RecordType(REVISION, "article_revision", false, List.of(
                    Field.id(),
                    reference("article", "article_id", ARTICLE).notNull(),
                    of("number", "number", Field.Kind.INT).notNull(),
                    text("action", "action", 40).notNull(),
                    text("actor", "actor", 60).notNull(),
                    enumeration("status", "status", values(ArticleStatus.values())).notNull(),
                    instant("publishAt", "publish_at"),
                    instant("unpublishAt", "unpublish_at"),
                    text("content", "content", 250_000).notNull(),
                    instant("createdAt", "created_at").notNull()),
                    List.of(), List.of("article", "number"), null),
            new RecordType(COMMENT, "article_comment", false, List.of(
                    Field.id(),
                    reference("article", "article_id", ARTICLE).notNull(),
                    reference("parent", "parent_id", COMMENT),
                    text("name", "author_name", 100).notNull(),
                    text("email", "email", 320).notNull(),
                    text("body", "body", 5000).notNull(),
                    enumeration("status", "status", values(CommentStatus.values())).notNull(),
                    of("staff", "staff", Field.Kind.BOOLEAN).notNull(),
                    instant("createdAt", "created_at").notNull(),
                    instant("moderatedAt", "moderated_at"),
                    text("moderatedBy", "moderated_by", 100),
                    text("addressHash", "address_hash", 64)),
                    List.of(), List.of("article"), null),
            new RecordType(REDIRECT, "redirect", false, List.of(
                    Field.id(),
                    of("from", "from_path", Field.Kind.REDIRECT_PATH).notNull(),
                    reference("article", "article_id", ARTICLE).notNull(),
                    instant("createdAt", "created_at").notNull()),
                    List.of(), List.of("from"), "from"),
            // no id column: found by (source, kind, sourceId); target points to a record of the type kind names, or to a
            // translation group, and may point to one deleted since (the WordPress import then makes it again)
            new RecordType(IMPORT_REFERENCE, "import_reference", false, List.of(
                    text("source", "source", 300).notNull(),
                    text("kind", "kind", 20).notNull(),
                    text("sourceId", "source_id", 200).notNull(),
                    of("target", "target_id", Field.Kind.LONG).notNull(),
                    text("contentHash", "content_hash", 64),
                    instant("importedAt", "imported_at").notNull()),
                    List.of(), List.of(), null, List.of("source", "kind", "sourceId")));

    /** The record type an import reference's kind points to; translation groups (and kinds not listed) to none. */
    static final Map<String, String> REFERENCE_TARGETS = Map.of(AUTHOR, AUTHOR, TAG, TAG, ARTICLE, ARTICLE, COMMENT, COMMENT);

    /** Tables the file leaves out, and why. */
    static final Map<String, String> NOT_EXPORTED = ordered(
            "api_key", "key secrets stay where they were issued: only their SHA-256 is stored, which the new instance "
                    + "could use but nobody should carry around; issue new keys after a move",
            "idempotent_request", "answers kept for 24 hours so that retried creates are not doubled; a retry never "
                    + "crosses a move",
            "content_change", "the log that keeps instances' response caches coherent, pruned after an hour",
            "comment_rate_limit", "PostgreSQL only: rate-limit buckets of the last minutes, refilled by themselves",
            "flyway_schema_history", "the schema's own version, written by Flyway when the new database is created",
            "import_job", "the history of import jobs on this instance: their reports, not content",
            "event_position", "the counter of this database's events; the new database numbers its own from 1",
            "outbox_event", "this database's public changes, for its webhooks and change feed; change-feed clients start again "
                    + "without since after a move",
            "change_feed_key", "the key of this database's change-feed tokens; the new database draws its own, and refuses the "
                    + "old tokens with a 400 naming since",
            "webhook_endpoint", "webhook endpoints and their signing secrets stay where they were registered, like API keys; "
                    + "register them again after a move",
            "webhook_delivery", "the delivery log of this database's events",
            "webhook_attempt", "the attempts of this database's deliveries",
            "webhook_fanout", "how far this database's events were turned into deliveries");

    /** Columns of exported tables the file leaves out because the import computes them again, and how. */
    static final Map<String, String> DERIVED = ordered(
            "article.search_title", "search text, normalised again from the title",
            "article.search_lead", "search text, from the excerpt, byline, tag and author names",
            "article.search_body", "search text, from the body",
            "article.search_tsv", "PostgreSQL's generated tsvector",
            "article.comment_count", "counted again from the approved comments",
            "article_tag.published_at", "the article's publishedAt while it is published (V9)",
            "article_comment.thread_id", "the top-level comment above it, from parent",
            "article_comment.depth", "1 + the parent's depth",
            "site.id", "the site is one row, id 1",
            "redirect.from_hash", "the SHA-256 of from_path, the unique key the redirect lookup uses");

    private TransferSchema() {
    }

    static Optional<RecordType> type(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    static RecordType require(String name) {
        return type(name).orElseThrow();
    }

    /** Position in the file: records of a type come after every record of the types before it. */
    static int rank(RecordType type) {
        return TYPES.indexOf(type);
    }

    private static List<String> values(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
