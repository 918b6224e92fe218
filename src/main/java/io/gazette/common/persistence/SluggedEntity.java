package io.gazette.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** An editable entity found by a unique, URL-safe slug. */
@MappedSuperclass
public abstract class SluggedEntity extends EditableEntity {

    @Column(nullable = false, length = 160)
    public String slug;
}
