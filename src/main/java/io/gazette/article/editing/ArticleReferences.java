package io.gazette.article.editing;

import io.gazette.article.Article;
import io.gazette.article.ArticleCredit;
import io.gazette.article.dto.ArticlePatch;
import io.gazette.author.Author;
import io.gazette.author.AuthorRepository;
import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
import io.gazette.common.text.Texts;
import io.gazette.tag.Tag;
import io.gazette.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the author and tag slugs of an article input into entities, naming each unknown or repeated one,
 * and pairs each author with the role line the input gives them for this article.
 */
@ApplicationScoped
public class ArticleReferences {

    /** The credits of an input; null where the input left them out (a patch). */
    public record Credits(List<ArticleCredit> credits, Set<Tag> tags) {
    }

    private final AuthorRepository authors;
    private final TagRepository tags;

    ArticleReferences(AuthorRepository authors, TagRepository tags) {
        this.authors = authors;
        this.tags = tags;
    }

    /**
     * A 400 listing every bad slug of both lists and every role given to someone not among the authors; a
     * null list resolves to null. A null or blank role leaves the author with their own role line.
     */
    public Credits resolve(List<String> authorSlugs, Map<String, String> authorRoles, List<String> tagSlugs) {
        List<FieldError> errors = new ArrayList<>();
        List<ArticleCredit> credits = null;
        if (authorSlugs != null) {
            Map<String, String> roles = authorRoles == null ? Map.of() : authorRoles;
            roles.keySet().stream().filter(slug -> !authorSlugs.contains(slug)).forEach(slug ->
                    errors.add(new FieldError("authorRoles." + slug, "'" + slug + "' is not one of the article's authors")));
            List<Author> credited = resolve("authors", "author", authorSlugs,
                    authors.findBySlugs(new HashSet<>(authorSlugs)).stream().collect(Collectors.toMap(a -> a.slug, Function.identity())), errors);
            credits = credited.stream().map(author -> new ArticleCredit(author, Texts.blankToNull(roles.get(author.slug)))).toList();
        }
        List<Tag> tagged = tagSlugs == null ? null : resolve("tags", "tag", tagSlugs,
                tags.findBySlugs(new HashSet<>(tagSlugs)).stream().collect(Collectors.toMap(t -> t.slug, Function.identity())), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new Credits(credits == null ? null : new ArrayList<>(credits), tagged == null ? null : new LinkedHashSet<>(tagged));
    }

    /**
     * A patch's credits: roles alone are checked against the current authors, and new authors alone keep
     * the roles of those who stay.
     */
    public Credits resolve(ArticlePatch patch, Article current) {
        List<String> authorSlugs = patch.authors();
        Map<String, String> roles = patch.authorRoles();
        if (authorSlugs == null && roles != null) {
            authorSlugs = current.authors().stream().map(author -> author.slug).toList();
        }
        if (roles == null && authorSlugs != null) {
            roles = current.authorRoles();
            roles.keySet().retainAll(new HashSet<>(authorSlugs));
        }
        return resolve(authorSlugs, roles, patch.tags());
    }

    /** Maps slugs to entities in the given order; each unknown or repeated slug adds an error naming its position. */
    private static <T> List<T> resolve(String field, String what, List<String> slugs, Map<String, T> found,
                                       List<FieldError> errors) {
        List<T> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            String slug = slugs.get(i);
            if (!seen.add(slug)) {
                errors.add(new FieldError(field + "[" + i + "]", what + " '" + slug + "' is listed twice"));
            } else if (!found.containsKey(slug)) {
                errors.add(new FieldError(field + "[" + i + "]", "no " + what + " has slug '" + slug + "'"));
            } else {
                resolved.add(found.get(slug));
            }
        }
        return resolved;
    }
}
