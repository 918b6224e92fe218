package io.gazette.common.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;

/** Stamps an editable entity's creation and change times from the application's Clock (a listener can be injected; an entity cannot). */
public class EditTimestamps {

    @Inject
    Clock clock;

    @PrePersist
    void onCreate(EditableEntity entity) {
        if (!entity.keepGivenTimes || entity.createdAt == null) {
            entity.createdAt = clock.instant();
        }
        if (!entity.keepGivenTimes || entity.updatedAt == null) {
            entity.updatedAt = entity.createdAt;
        }
    }

    @PreUpdate
    void onUpdate(EditableEntity entity) {
        if (!entity.keepGivenTimes || entity.updatedAt == null) {
            entity.updatedAt = clock.instant();
        }
    }
}
