package io.gazette.article.translation;

import io.gazette.article.Article;
import io.gazette.article.ArticlePurges;
import io.gazette.article.ArticleRepository;
import io.gazette.article.ArticleViews;
import io.gazette.article.dto.ArticleEditorView;
import io.gazette.common.error.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Translation groups: the articles that are one piece in several languages, one article per language. */
@ApplicationScoped
public class ArticleTranslations {

    private final ArticleRepository articles;
    private final ArticleViews views;
    private final ArticlePurges purges;

    ArticleTranslations(ArticleRepository articles, ArticleViews views, ArticlePurges purges) {
        this.articles = articles;
        this.views = views;
        this.purges = purges;
    }

    /** Puts {@code otherSlug} in the translation group of {@code slug}. */
    @Transactional
    public ArticleEditorView link(String slug, String otherSlug) {
        Article article = articles.require(slug);
        Article other = articles.require(otherSlug);
        if (article.id.equals(other.id)) {
            throw ProblemException.invalidField("translation", "an article cannot be its own translation");
        }
        if (article.translationGroupId == null) {
            article.translationGroupId = article.id;
        }
        for (Article member : articles.translationsOf(article, false)) {
            if (!member.id.equals(other.id) && member.language.equals(other.language)) {
                throw ProblemException.conflict("The translation group already has a '" + other.language
                        + "' article: " + member.slug);
            }
        }
        if (article.language.equals(other.language)) {
            throw ProblemException.conflict("Both articles are in '" + other.language + "'; a group holds one article per language");
        }
        other.translationGroupId = article.translationGroupId;
        articles.flush();
        purges.translationsChanged(article, other);
        return views.editorView(article);
    }

    @Transactional
    public ArticleEditorView unlink(String slug, String otherSlug) {
        Article article = articles.require(slug);
        Article other = articles.require(otherSlug);
        if (article.translationGroupId == null || !article.translationGroupId.equals(other.translationGroupId)
                || article.id.equals(other.id)) {
            throw ProblemException.notFound("translation", otherSlug + " of " + slug);
        }
        other.translationGroupId = null;
        articles.flush();
        purges.translationsChanged(article, other);
        if (articles.translationsOf(article, false).isEmpty()) {
            article.translationGroupId = null;
        }
        return views.editorView(article);
    }
}
