package io.gazette.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;

/** What every editor-managed entity carries: an identity, creation and change times, and a version. */
@MappedSuperclass
@EntityListeners(EditTimestamps.class)
public abstract class EditableEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Set by an import that brings the item's own creation and change times (a WordPress post's dates): the
     * timestamps listener then keeps the times given instead of stamping the clock's.
     */
    @Transient
    public boolean keepGivenTimes;

    /** Raised by every change; the basis for optimistic locking. */
    @Version
    public long version;
}
