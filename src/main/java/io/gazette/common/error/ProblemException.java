package io.gazette.common.error;

import io.gazette.common.error.Problem.FieldError;
import java.util.List;
import java.util.Map;

/** A business-rule failure the service raises; the mapper turns it into a problem response. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String what, String slug) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " '" + slug + "'");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return invalidFields(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalidFields(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, countDetail(errors.size()), errors);
    }

    static String countDetail(int invalidFields) {
        return invalidFields == 1 ? "1 field is invalid" : invalidFields + " fields are invalid";
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Response headers the problem needs, such as Retry-After on a 429. */
    public Map<String, String> headers() {
        return headers;
    }
}
