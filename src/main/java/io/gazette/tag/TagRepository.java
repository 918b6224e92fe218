package io.gazette.tag;

import io.gazette.common.taxonomy.TaxonomyRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TagRepository extends TaxonomyRepository<Tag> {

    TagRepository() {
        super("tag", "article_tag", "tag_id");
    }
}
