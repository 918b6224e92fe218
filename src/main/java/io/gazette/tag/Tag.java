package io.gazette.tag;

import io.gazette.common.persistence.SluggedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Tag extends SluggedEntity {

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 2000)
    public String description;
}
