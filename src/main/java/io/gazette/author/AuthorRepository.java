package io.gazette.author;

import io.gazette.common.taxonomy.TaxonomyRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuthorRepository extends TaxonomyRepository<Author> {

    AuthorRepository() {
        super("author", "article_author", "author_id");
    }
}
