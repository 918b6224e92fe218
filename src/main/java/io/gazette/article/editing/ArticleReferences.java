package io.gazette.article.editing;

import io.gazette.author.Author;
import io.gazette.author.AuthorRepository;
import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
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

/** Turns the author and tag slugs of an article input into entities, naming each unknown or repeated one. */
@ApplicationScoped
public class ArticleReferences {

    /** The credits of an input; null where the input left them out (a patch). */
    public record Credits(List<Author> authors, Set<Tag> tags) {
    }

    private final AuthorRepository authors;
    private final TagRepository tags;

    ArticleReferences(AuthorRepository authors, TagRepository tags) {
        this.authors = authors;
        this.tags = tags;
    }

    /** A 400 listing every bad slug of both lists; a null list resolves to null. */
    public Credits resolve(List<String> authorSlugs, List<String> tagSlugs) {
        List<FieldError> errors = new ArrayList<>();
        List<Author> credited = authorSlugs == null ? null : resolve("authors", "author", authorSlugs,
                authors.findBySlugs(new HashSet<>(authorSlugs)).stream().collect(Collectors.toMap(a -> a.slug, Function.identity())), errors);
        List<Tag> tagged = tagSlugs == null ? null : resolve("tags", "tag", tagSlugs,
                tags.findBySlugs(new HashSet<>(tagSlugs)).stream().collect(Collectors.toMap(t -> t.slug, Function.identity())), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new Credits(credited, tagged == null ? null : new LinkedHashSet<>(tagged));
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
