package io.gazette.common.persistence;

import io.gazette.common.text.Slugs;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** An editable entity found by a unique, URL-safe slug. */
@MappedSuperclass
public abstract class SluggedEntity extends EditableEntity {

    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    public String slug;
}
