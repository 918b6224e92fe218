package io.gazette.common.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PageMeta", description = "Where this page sits in the whole collection")
public record PageMeta(
        @Schema(description = "Page number, from 1", example = "1") int page,
        @Schema(description = "Items per page (1-100)", example = "20") int size,
        @Schema(description = "Items in the whole collection", example = "134") long totalItems,
        @Schema(description = "Pages in the whole collection", example = "7") int totalPages) {

    public static PageMeta of(PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageMeta(request.page(), request.size(), totalItems, totalPages);
    }
}
