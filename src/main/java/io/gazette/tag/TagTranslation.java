package io.gazette.tag;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A tag's name and description in one more language. */
@Entity
@Table(name = "tag_translation")
public class TagTranslation {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(length = 2000)
    public String description;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "tag_id")
        public long tagId;

        @Column(length = 35)
        public String language;

        public Key() {
        }

        public Key(long tagId, String language) {
            this.tagId = tagId;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.tagId == tagId && Objects.equals(key.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tagId, language);
        }
    }

    @ApplicationScoped
    public static class Repository implements PanacheRepositoryBase<TagTranslation, Key> {

        /** The translations of the given tags into one language, by tag id, in one statement. */
        public Map<Long, TagTranslation> into(String language, Collection<Long> tagIds) {
            Map<Long, TagTranslation> byTag = new HashMap<>();
            if (language == null || tagIds.isEmpty()) {
                return byTag;
            }
            list("key.language = ?1 and key.tagId in ?2", language, tagIds).forEach(t -> byTag.put(t.key.tagId, t));
            return byTag;
        }
    }
}
