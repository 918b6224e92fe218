package io.gazette.common.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page and size query parameters every list endpoint takes. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Page number, 1 to 100000; past the last page the list is empty",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000", defaultValue = "1", example = "1"))
    protected String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 100 (default 20); a larger value is a 400",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20", example = "20"))
    protected String size;

    public PageRequest toRequest() {
        return PageRequest.of(page, size);
    }
}
