package io.gazette.article.editing;

import io.gazette.article.ArticleStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One kept state of an article: its content as editor input JSON, its status, who and when. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    /** 1, 2, 3... per article. */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(nullable = false, length = 60)
    public String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    public ArticleStatus status;

    @Column(name = "publish_at")
    public Instant publishAt;

    @Column(name = "unpublish_at")
    public Instant unpublishAt;

    /** An ArticleInput as JSON. */
    @Column(nullable = false, length = 250000)
    public String content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ApplicationScoped
    public static class Repository implements PanacheRepository<ArticleRevision> {

        public List<ArticleRevision> page(long articleId, int offset, int size) {
            return find("articleId = ?1 order by number desc", articleId).range(offset, offset + size - 1).list();
        }

        public long countOf(long articleId) {
            return count("articleId", articleId);
        }

        public Optional<ArticleRevision> find(long articleId, int number) {
            return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
        }

        public Optional<ArticleRevision> latest(long articleId) {
            return find("articleId = ?1 order by number desc", articleId).firstResultOptional();
        }
    }
}
