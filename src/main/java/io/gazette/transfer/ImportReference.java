package io.gazette.transfer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import made of one item of a source, by the id the item has there (a WordPress post id): the key to
 * idempotent imports. {@code contentHash} is the item as last imported, so an unchanged item is left alone.
 */
@Entity
@Table(name = "import_reference")
public class ImportReference {

    @EmbeddedId
    public Key key;

    @Column(name = "target_id", nullable = false)
    public long targetId;

    @Column(name = "content_hash", length = 64)
    public String contentHash;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(length = 300)
        public String source;

        @Column(length = 20)
        public String kind;

        @Column(name = "source_id", length = 200)
        public String sourceId;

        public Key() {
        }

        public Key(String source, String kind, String sourceId) {
            this.source = source;
            this.kind = kind;
            this.sourceId = sourceId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.source, source) && Objects.equals(key.kind, kind)
                    && Objects.equals(key.sourceId, sourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, kind, sourceId);
        }
    }

    @ApplicationScoped
    public static class Repository implements PanacheRepositoryBase<ImportReference, Key> {

        public Optional<ImportReference> find(String source, String kind, String sourceId) {
            return findByIdOptional(new Key(source, kind, sourceId));
        }

        /** The references of several items of one kind, by source id, in one statement. */
        public Map<String, ImportReference> find(String source, String kind, Collection<String> sourceIds) {
            Map<String, ImportReference> found = new HashMap<>();
            if (!sourceIds.isEmpty()) {
                list("key.source = ?1 and key.kind = ?2 and key.sourceId in ?3", source, kind, sourceIds)
                        .forEach(reference -> found.put(reference.key.sourceId, reference));
            }
            return found;
        }

        /** Points the item at {@code targetId} with this content, creating the reference the first time. */
        public ImportReference save(String source, String kind, String sourceId, long targetId, String contentHash, Instant now) {
            ImportReference reference = find(source, kind, sourceId).orElse(null);
            boolean isNew = reference == null;
            if (isNew) {
                reference = new ImportReference();
                reference.key = new Key(source, kind, sourceId);
            }
            reference.targetId = targetId;
            reference.contentHash = contentHash;
            reference.importedAt = now;
            if (isNew) {
                persist(reference);
            }
            return reference;
        }
    }
}
