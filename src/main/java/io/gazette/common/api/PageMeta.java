package io.gazette.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where this page sits: page, size and totals in page mode; size and nextCursor in cursor mode. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PageMeta", description = "Page mode: page, size, totalItems, totalPages. Cursor mode: size and nextCursor (absent on the last page).")
public record PageMeta(
        @Schema(description = "Page number, from 1 (page mode)", example = "1") Integer page,
        @Schema(description = "Items per page (1-100)", example = "20") int size,
        @Schema(description = "Items in the whole collection (page mode)", example = "134") Long totalItems,
        @Schema(description = "Pages in the whole collection (page mode)", example = "7") Integer totalPages,
        @Schema(description = "Pass as cursor= for the next page (cursor mode); absent on the last page",
                example = "djF8LXB1Ymxpc2hlZEF0fDE3MzIxODEwMDAwMDB8NDI.q3J4b9x1dZ1nM0fWc2pHkQ")
        String nextCursor) {

    public static PageMeta of(PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageMeta(request.page(), request.size(), totalItems, totalPages, null);
    }

    /** A list that always fits one page (sections, related articles). */
    public static PageMeta single(int size, long totalItems) {
        return new PageMeta(1, size, totalItems, totalItems == 0 ? 0 : 1, null);
    }

    public static PageMeta cursor(int size, String nextCursor) {
        return new PageMeta(null, size, null, null, nextCursor);
    }

    public boolean cursorMode() {
        return page == null;
    }
}
