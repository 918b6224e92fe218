package io.gazette.redirect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An old address of an article (a WordPress permalink), normalised by {@link RedirectPaths}. */
@Entity
public class Redirect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** SHA-256 of fromPath, the unique key. */
    @Column(name = "from_hash", nullable = false, length = 64)
    public String fromHash;

    @Column(name = "from_path", nullable = false, length = RedirectPaths.MAX_LENGTH)
    public String fromPath;

    @Column(name = "article_id", nullable = false)
    public long articleId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
