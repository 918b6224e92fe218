package io.gazette.tag;

import io.gazette.common.persistence.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Tag extends EditableEntity {

    @Column(nullable = false, length = 160)
    public String slug;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 2000)
    public String description;
}
