package io.gazette.transfer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

        private static final int CHUNK = 500;

        public Optional<ImportReference> find(String source, String kind, String sourceId) {
            return findByIdOptional(new Key(source, kind, sourceId));
        }

        /**
         * The references of several items of one kind, by source id, in one statement per {@value #CHUNK}. Asked as
         * whole keys, (source, kind, source_id) in ((...), ...): H2 looks those up in the primary key, where
         * {@code source_id in (...)} beside the other two had it read every reference of the kind (a post's comments
         * then cost a scan of all the site's comment references).
         */
        @SuppressWarnings("unchecked")
        public Map<String, ImportReference> find(String source, String kind, Collection<String> sourceIds) {
            Map<String, ImportReference> found = new HashMap<>();
            List<String> ids = List.copyOf(new LinkedHashSet<>(sourceIds));
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                StringBuilder keys = new StringBuilder();
                for (int i = 0; i < chunk.size(); i++) {
                    keys.append(i == 0 ? "" : ", ").append("(?1, ?2, ?").append(i + 3).append(')');
                }
                Query query = getEntityManager().createNativeQuery("select source, kind, source_id, target_id, content_hash, imported_at"
                        + " from import_reference where (source, kind, source_id) in (" + keys + ")", ImportReference.class)
                        .setParameter(1, source).setParameter(2, kind);
                for (int i = 0; i < chunk.size(); i++) {
                    query.setParameter(i + 3, chunk.get(i));
                }
                ((List<ImportReference>) query.getResultList()).forEach(reference -> found.put(reference.key.sourceId, reference));
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
