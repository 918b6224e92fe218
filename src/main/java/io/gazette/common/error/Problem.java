package io.gazette.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", requiredProperties = {"type", "title", "status"}, description = "RFC 9457 problem details, sent as application/problem+json for every error.",
        example = """
                {"type": "https://gazette.dev/problems/validation", "title": "Invalid request", "status": 400,
                 "detail": "1 field is invalid", "instance": "/api/v1/articles/x/comments",
                 "errors": [{"field": "email", "message": "must be a well-formed email address"}]}""")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "https://gazette.dev/problems/validation")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong with this request", example = "1 field is invalid")
        String detail,
        @Schema(description = "Path of the request that failed", example = "/api/v1/articles/x/comments")
        String instance,
        @Schema(description = "The fields that were wrong, present on validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FieldError", requiredProperties = "message", description = "One invalid field or parameter")
    public record FieldError(
            @Schema(description = "JSON field or query parameter name; absent for a problem with the whole body", example = "email")
            String field,
            @Schema(description = "What is wrong with it", example = "must be a well-formed email address")
            String message) {
    }
}
