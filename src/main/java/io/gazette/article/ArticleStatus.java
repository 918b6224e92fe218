package io.gazette.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The editorial workflow. Only published articles are public. Moves allowed: draft → in_review,
 * scheduled, published, archived; in_review → draft, scheduled, published; scheduled → draft,
 * published; published → unpublished, archived; unpublished → draft, scheduled, published, archived;
 * archived → draft.
 */
@Schema(description = "draft, in_review (submitted by its author), scheduled (goes up at publishAt), published (public), "
        + "unpublished (taken down, publishedAt kept), archived. Only published articles are public.", example = "published")
public enum ArticleStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("in_review") IN_REVIEW,
    @JsonProperty("scheduled") SCHEDULED,
    @JsonProperty("published") PUBLISHED,
    @JsonProperty("unpublished") UNPUBLISHED,
    @JsonProperty("archived") ARCHIVED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value();
    }

    public boolean canMoveTo(ArticleStatus target) {
        return switch (this) {
            case DRAFT -> Set.of(IN_REVIEW, SCHEDULED, PUBLISHED, ARCHIVED).contains(target);
            case IN_REVIEW -> Set.of(DRAFT, SCHEDULED, PUBLISHED).contains(target);
            case SCHEDULED -> Set.of(DRAFT, PUBLISHED).contains(target);
            case PUBLISHED -> Set.of(UNPUBLISHED, ARCHIVED).contains(target);
            case UNPUBLISHED -> Set.of(DRAFT, SCHEDULED, PUBLISHED, ARCHIVED).contains(target);
            case ARCHIVED -> target == DRAFT;
        };
    }

    /** A scheduled or published article may "move" to its own status to change publishAt or unpublishAt. */
    public boolean canReschedule() {
        return this == SCHEDULED || this == PUBLISHED;
    }

    /** The states an author may work in, on their own articles. */
    public boolean editableByAuthor() {
        return this == DRAFT || this == IN_REVIEW;
    }

    public static Optional<ArticleStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
