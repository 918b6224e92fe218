package io.gazette.redirect;

import io.gazette.article.Section;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RedirectRepository implements PanacheRepository<Redirect> {

    /** A redirect with what its target needs: the article's slug, language and section. */
    public record Target(String from, long articleId, String slug, String language, Section section) {
    }

    private static final String TARGETS = "select new io.gazette.redirect.RedirectRepository$Target(r.fromPath, a.id, a.slug, a.language, "
            + "a.section) from Redirect r join Article a on a.id = r.articleId where a.status = io.gazette.article.ArticleStatus.PUBLISHED";

    public Optional<Redirect> findByPath(String normalised) {
        return find("fromHash", RedirectPaths.hash(normalised)).firstResultOptional();
    }

    /** The redirect of a published article, if this path has one. */
    public Optional<Target> publishedTarget(String normalised) {
        return getEntityManager().createQuery(TARGETS + " and r.fromHash = :hash", Target.class)
                .setParameter("hash", RedirectPaths.hash(normalised))
                .getResultStream().findFirst();
    }

    /** Redirects of published articles in the order they were recorded. */
    public List<Target> publishedTargets(int offset, int limit) {
        return getEntityManager().createQuery(TARGETS + " order by r.id", Target.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countPublished() {
        return getEntityManager().createQuery("select count(r.id) from Redirect r join Article a on a.id = r.articleId"
                + " where a.status = io.gazette.article.ArticleStatus.PUBLISHED", Long.class).getSingleResult();
    }
}
