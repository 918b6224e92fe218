package io.gazette.article.query;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.gazette.article.ArticleStatus;
import io.gazette.article.Section;
import io.gazette.common.api.PageRequest;
import io.gazette.common.text.SearchQuery;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SQL the article list runs, per plan and per database, without a database. */
class ArticleListSqlTest {

    private static final ArticleSearch POSTGRES = new ArticleSearch(true);
    private static final ArticleSearch H2 = new ArticleSearch(false);

    private static ArticleQuery query(List<String> tags, boolean allTags, String language, ArticleStatus status,
                                      SearchQuery search, ArticleSort sort, String cursor) {
        return new ArticleQuery(tags, allTags, List.of(), List.of(), language, List.of(), null, null, List.of(),
                status, search, sort, PageRequest.of(null, null), cursor, Set.of(), List.of());
    }

    private static ArticleQuery published(List<String> tags) {
        return query(tags, false, null, ArticleStatus.PUBLISHED, null, ArticleSort.NEWEST, null);
    }

    @Test
    void theHomePageReadsTheStatusIndexInOrderWithoutANullsClause() {
        ArticleListSql sql = new ArticleListSql(published(List.of()), H2);
        assertThat(sql.plan(), is(ArticleListSql.Plan.ARTICLES));
        // a.status first: the ORDER BY starts with the index's first column, so H2 reads it in order instead of sorting
        assertThat(sql.page(null, 20, 20).sql(), is("select a.id from article a where a.status = :status"
                + " order by a.status, a.published_at desc, a.id desc offset 20 rows fetch first 20 rows only"));
        assertThat(sql.page(null, 0, 20).parameters(), hasEntry("status", (Object) "PUBLISHED"));
    }

    @Test
    void oneTagAloneReadsOnlyItsLinks() {
        ArticleListSql sql = new ArticleListSql(published(List.of("diplomacy")), POSTGRES);
        assertThat(sql.plan(), is(ArticleListSql.Plan.TAG_LINKS_ONLY));
        assertThat(sql.page(null, 0, 10).sql(), is("select l.article_id from article_tag l"
                + " where l.tag_id = (select t.id from tag t where t.slug in (:tags)) and l.published_at is not null"
                + " order by l.published_at desc, l.article_id desc offset 0 rows fetch first 10 rows only"));
    }

    @Test
    void aTagWithAnotherConditionJoinsArticlesToTheLinks() {
        ArticleQuery query = query(List.of("diplomacy"), false, "es", ArticleStatus.PUBLISHED, null, ArticleSort.OLDEST, null);
        ArticleListSql sql = new ArticleListSql(query, H2);
        assertThat(sql.plan(), is(ArticleListSql.Plan.TAG_LINKS_THEN_ARTICLES));
        String page = sql.page(null, 0, 10).sql();
        assertThat(page, startsWith("select a.id from article_tag l join article a on a.id = l.article_id where a.status = :status"
                + " and a.language = :language0 and l.tag_id ="));
        assertThat(page, endsWith("order by l.published_at asc, l.article_id asc offset 0 rows fetch first 10 rows only"));
    }

    @Test
    void everyOfSeveralTagsGroupsTheLinksAndCursorPagesByKeysetOnThem() {
        ArticleQuery query = query(List.of("iran", "palestine"), true, null, ArticleStatus.PUBLISHED, null, ArticleSort.NEWEST, "");
        ArticleListSql sql = new ArticleListSql(query, H2);
        ArticleListSql.Statement page = sql.page(new ArticleListSql.Keyset(Instant.parse("2024-11-21T09:30:00Z"), 42), 0, 21);
        assertThat(page.sql(), is("select l.article_id from (select l.article_id, max(l.published_at) as published_at"
                + " from article_tag l where l.tag_id in (select t.id from tag t where t.slug in (:tags)) and l.published_at is not null"
                + " group by l.article_id having count(*) = :tagCount) l where (l.published_at, l.article_id) < (:afterValue, :afterId)"
                + " order by l.published_at desc, l.article_id desc fetch first 21 rows only"));
        assertThat(page.parameters(), allOf(hasEntry("tagCount", (Object) 2L), hasEntry("afterId", (Object) 42L)));
    }

    @Test
    void theTotalCountsArticlesWithTheTagsAsASubqueryAndNoKeyset() {
        ArticleQuery query = query(List.of("iran", "palestine"), true, null, ArticleStatus.PUBLISHED, null, ArticleSort.NEWEST, null);
        assertThat(new ArticleListSql(query, H2).count().sql(), is("select count(*) from article a where a.status = :status"
                + " and a.id in (select at.article_id from article_tag at join tag t on t.id = at.tag_id where t.slug in (:tags)"
                + " group by at.article_id having count(distinct t.id) = :tagCount)"));
    }

    @Test
    void listsWithDraftsPutNeverPublishedArticlesLast() {
        ArticleQuery query = query(List.of("iran"), false, null, null, null, ArticleSort.NEWEST, null);
        ArticleListSql sql = new ArticleListSql(query, H2);
        assertThat(sql.plan(), is(ArticleListSql.Plan.ARTICLES));
        assertThat(sql.page(null, 0, 20).sql(), allOf(not(containsString("a.status")), containsString("order by a.published_at desc nulls last, a.id desc")));
    }

    @Test
    void searchUsesEachDatabasesOwnMeans() {
        ArticleQuery query = query(List.of("iran"), false, "en", ArticleStatus.PUBLISHED,
                SearchQuery.parse("scientific diplomacy -nuclear"), ArticleSort.RELEVANCE, null);
        String postgres = new ArticleListSql(query, POSTGRES).page(null, 0, 20).sql();
        assertThat(postgres, allOf(containsString("a.search_tsv @@ websearch_to_tsquery('english'::regconfig, :q)"),
                containsString("order by ts_rank_cd(a.search_tsv, websearch_to_tsquery('english'::regconfig, :q)) desc")));
        String h2 = new ArticleListSql(query, H2).page(null, 0, 20).sql();
        assertThat(h2, allOf(not(containsString("tsquery")), containsString("not (a.search_title like :not0")));
        assertThat(new ArticleListSql(query, H2).plan(), is(ArticleListSql.Plan.ARTICLES));
    }

    @Test
    void cursorPagesByTitleCompareTitleAndId() {
        ArticleQuery query = new ArticleQuery(List.of(), false, List.of(), List.of(Section.OPINION), null, List.of(), null, null,
                List.of("single-state"), ArticleStatus.DRAFT, null, ArticleSort.TITLE, PageRequest.of(null, null), "abc", Set.of(), List.of());
        String sql = new ArticleListSql(query, POSTGRES).page(new ArticleListSql.Keyset("Iran", 7), 0, 11).sql();
        assertThat(sql, is("select a.id from article a where a.status = :status and a.section in (:sections)"
                + " and a.slug not in (:exclude) and (a.title, a.id) > (:afterValue, :afterId)"
                + " order by a.title asc, a.id asc fetch first 11 rows only"));
    }

    @Test
    void aSectionPageReadsTheSectionIndexInOrder() {
        ArticleQuery query = new ArticleQuery(List.of(), false, List.of(), List.of(Section.OPINION), null, List.of(), null, null,
                List.of(), ArticleStatus.PUBLISHED, null, ArticleSort.NEWEST, PageRequest.of(null, null), null, Set.of(), List.of());
        assertThat(new ArticleListSql(query, H2).page(null, 40, 20).sql(), endsWith(
                " order by a.section, a.status, a.published_at desc, a.id desc offset 40 rows fetch first 20 rows only"));
    }
}
