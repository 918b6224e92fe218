package io.gazette.author;

import io.gazette.common.persistence.SluggedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Author extends SluggedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "role_line", length = 200)
    public String roleLine;

    @Column(length = 5000)
    public String bio;

    @Column(name = "avatar_url", length = 2000)
    public String avatarUrl;

    /** Private: only editor views carry it. */
    @Column(length = 320)
    public String email;
}
