package io.gazette.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One Idempotency-Key of a comment submission and the comment it created. */
@Entity
@Table(name = "comment_idempotency")
public class CommentIdempotency {

    @Id
    @Column(name = "idempotency_key", length = 200)
    public String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "comment_id", nullable = false)
    public long commentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ApplicationScoped
    public static class Repository implements PanacheRepositoryBase<CommentIdempotency, String> {

        public Optional<CommentIdempotency> findByKey(String key) {
            return find("key", key).firstResultOptional();
        }
    }
}
