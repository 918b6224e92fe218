package io.gazette.change.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "A public resource that changed: its representation now, or a tombstone when it left public view")
public record ChangeView(
        @Schema(description = "What changed it", example = "article.published") String event,
        @Schema(example = "2026-11-20T09:00:00Z") Instant occurredAt,
        @Schema(enumeration = {"article", "author", "tag"}, example = "article") String resource,
        @Schema(example = "42") long id,
        @Schema(description = "upsert: store data under resource and id; delete: it left public view (unpublished or deleted), drop it",
                enumeration = {"upsert", "delete"}, example = "upsert") String change,
        @Schema(description = "With upsert: the resource as GET /api/v1/{articles,authors,tags}/{slug} shows it now (tags without lang),"
                + " an Article, Author or Tag as resource says; null with delete", type = SchemaType.OBJECT, nullable = true,
                example = "{\"id\": 12, \"slug\": \"latin-america\", \"name\": \"Latin America\", \"description\": null, \"articleCount\": 7}")
        Object data) {
}
