package io.gazette.common.api;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A create sent with an Idempotency-Key, and the answer it got. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

    @EmbeddedId
    public Id id;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    /** Null until the create it guards has run, in the same transaction. */
    public Integer status;

    @Column(length = 2000)
    public String location;

    @Column(length = 40)
    public String etag;

    @Column(name = "response_body", length = 1_000_000)
    public String responseBody;

    /** The first answer's headers other than Location and ETag (such as RateLimit-*), as JSON; null if none. */
    @Column(name = "response_headers", length = 2000)
    public String responseHeaders;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public static class Id implements Serializable {
        @Column(length = 300)
        public String scope;

        @Column(name = "idempotency_key", length = 200)
        public String key;

        protected Id() {
        }

        public Id(String scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && scope.equals(id.scope) && key.equals(id.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }

    @ApplicationScoped
    public static class Repository implements PanacheRepositoryBase<IdempotentRequest, Id> {

        public long deleteOlderThan(Instant cutoff) {
            return delete("createdAt < ?1", cutoff);
        }
    }
}
