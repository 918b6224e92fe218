package io.gazette.common.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Page, size and sort of the tag and author lists. */
public class NavigationListParams extends PageParams {

    @QueryParam("sort")
    @Parameter(description = "name (default) or -articleCount (most published articles first)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"name", "-articleCount"}, defaultValue = "name"))
    String sort;

    public CountSort toSort() {
        return CountSort.of(sort);
    }
}
