package io.gazette.article;

import io.gazette.article.query.ArticleListSql;
import io.gazette.common.persistence.SlugRepository;
import io.gazette.common.persistence.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ArticleRepository extends SlugRepository<Article> {

    private final SqlReads reads;

    /** For the client proxy of this normal-scoped bean. */
    ArticleRepository() {
        this(null);
    }

    @Inject
    ArticleRepository(SqlReads reads) {
        super("article");
        this.reads = reads;
    }

    public Optional<Article> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /** The ids a list statement selects, in its order. */
    public List<Long> ids(ArticleListSql.Statement statement) {
        List<Long> ids = new ArrayList<>();
        reads.select(statement.sql(), statement.parameters(), row -> ids.add(row.getLong(1)));
        return ids;
    }

    public long count(ArticleListSql.Statement statement) {
        long[] count = new long[1];
        reads.select(statement.sql(), statement.parameters(), row -> count[0] = row.getLong(1));
        return count[0];
    }

    public Map<Section, Long> publishedPerSection() {
        Map<Section, Long> counts = new EnumMap<>(Section.class);
        getEntityManager().createQuery("select a.section, count(a.id) from Article a where a.status = :published group by a.section", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList()
                .forEach(row -> counts.put((Section) row[0], (Long) row[1]));
        return counts;
    }

    /** The other articles of an article's translation group, by language. */
    public List<Article> translationsOf(Article article, boolean publishedOnly) {
        if (article.translationGroupId == null) {
            return List.of();
        }
        return publishedOnly
                ? list("translationGroupId = ?1 and id <> ?2 and status = ?3 order by language", article.translationGroupId,
                        article.id, ArticleStatus.PUBLISHED)
                : list("translationGroupId = ?1 and id <> ?2 order by language", article.translationGroupId, article.id);
    }

    public List<Article> withTag(long tagId) {
        return list("select a from Article a join a.tags t where t.id = ?1", tagId);
    }

    public List<Article> crediting(long authorId) {
        return list("select a from Article a join a.credits c where c.author.id = ?1", authorId);
    }

    /** Copies the article's publishedAt, while it is published, to its tag links (see migration V9). */
    public void refreshTagListing(long articleId) {
        getEntityManager().createNativeQuery("update article_tag set published_at = (select a.published_at from article a"
                        + " where a.id = article_tag.article_id and a.status = 'PUBLISHED') where article_id = :id")
                .setParameter("id", articleId)
                .executeUpdate();
    }

    /** True when the count changed. */
    public boolean refreshCommentCount(long articleId, long approvedComments) {
        return getEntityManager().createNativeQuery("update article set comment_count = :count where id = :id and comment_count <> :count")
                .setParameter("count", (int) approvedComments)
                .setParameter("id", articleId)
                .executeUpdate() > 0;
    }
}
