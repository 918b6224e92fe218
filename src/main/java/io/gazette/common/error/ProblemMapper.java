package io.gazette.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.web.AllowedMethods;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become responses: every error leaves as application/problem+json,
 * without class names, stack traces or SQL.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"gazette\"";
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '([^']{1,100})'");

    private final AllowedMethods allowedMethods;

    ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder builder = Response.fromResponse(respond(e.type(), e.getMessage(), e.errors(), uri));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> {
                    String field = fieldName(v.getPropertyPath());
                    return new FieldError(field, field == null ? "a JSON request body is required" : v.getMessage());
                })
                .sorted(Comparator.comparing((FieldError f) -> String.valueOf(f.field())).thenComparing(FieldError::message))
                .toList();
        return respond(ProblemType.VALIDATION, ProblemException.countDetail(errors.size()), errors, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        List<FieldError> errors = List.of(new FieldError(jsonPath(e), "is not a known field"));
        return respond(ProblemType.VALIDATION, ProblemException.countDetail(1), errors, uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + enumValues(e.getTargetType())
                : e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("must ")
                ? e.getOriginalMessage()
                : "has the wrong type or format";
        return respond(ProblemType.VALIDATION, ProblemException.countDetail(1), List.of(new FieldError(jsonPath(e), message)), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field == null) {
            return respond(ProblemType.MALFORMED_BODY, "The request body must be a JSON object", null, uri);
        }
        String message = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("must ") ? e.getOriginalMessage() : "has the wrong type";
        return respond(ProblemType.VALIDATION, ProblemException.countDetail(1), List.of(new FieldError(field, message)), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return respond(ProblemType.VALIDATION, ProblemException.countDetail(1),
                    List.of(new FieldError(duplicate.group(1), "appears more than once in the body")), uri);
        }
        return respond(ProblemType.MALFORMED_BODY, "The request body is not valid JSON", null, uri);
    }

    /** Jackson failures sometimes arrive wrapped in a 400 WebApplicationException; unwrap them to the same answers. */
    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidValue(invalid, uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED,
                "Send a valid API key or token as 'Authorization: Bearer <key>'", null, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your credentials do not allow this operation", null, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentUpdate(UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED, "The resource was changed by another request; read it again and reapply your change", null, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && uri != null && isOtherMethodOfKnownPath(uri, request)) {
            // RESTEasy matches resource classes by path prefix first, so a wrong method can look like a missing path.
            status = 405;
        }
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.VALIDATION;
        };
        if (type == ProblemType.INTERNAL) {
            LOG.error("Request failed", e);
        }
        Response.ResponseBuilder builder = Response.fromResponse(respond(type, webDetail(type, uri), null, uri));
        if (status == 405) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow == null && uri != null) {
                allow = allowedMethods.allowHeader(uri.getRequestUri().getRawPath()).orElse(null);
            }
            if (allow != null) {
                builder.header(HttpHeaders.ALLOW, allow);
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (ClientGone.causedBy(e)) {
            // Nobody will read this answer; a 400 keeps a client's hang-up out of the 5xx count and the error log.
            LOG.debugf("Client closed the connection before its request body arrived: %s", uri.getRequestUri().getRawPath());
            return respond(ProblemType.MALFORMED_BODY, "The connection closed before the whole request body arrived", null, uri);
        }
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unavailable: %s", DatabaseOutage.describe(e));
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE,
                            "The database is unavailable; retry after " + DatabaseOutage.RETRY_AFTER_SECONDS
                                    + " seconds (send the same Idempotency-Key to retry a create safely)", null, uri))
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .build();
        }
        LOG.error("Unexpected failure", e);
        return respond(ProblemType.INTERNAL, "The server could not complete the request", null, uri);
    }

    private boolean isOtherMethodOfKnownPath(UriInfo uri, Request request) {
        return allowedMethods.allowHeader(uri.getRequestUri().getRawPath())
                .map(allow -> !List.of(allow.split(", ")).contains(request.getMethod()))
                .orElse(false);
    }

    private static Response respond(ProblemType type, String detail, List<FieldError> errors, UriInfo uri) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        return Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri, type.title, type.status, detail, instance, errors))
                .build();
    }

    private static String webDetail(ProblemType type, UriInfo uri) {
        return switch (type) {
            case NOT_FOUND -> "Nothing exists at " + uri.getRequestUri().getRawPath();
            case METHOD_NOT_ALLOWED -> "This resource does not support that method";
            case NOT_ACCEPTABLE -> "This resource cannot answer in a media type the Accept header allows";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the server accepts";
            case INTERNAL -> "The server could not complete the request";
            default -> "The request is not valid";
        };
    }

    /** Drops the method and parameter nodes of a bean-validation path, leaving the client's field name as Jackson's errors give it: authors[0], labels.es.latestContent. */
    static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // A node inside a list or map holds its index or key; it names the element of the node before it.
            if (node.isInIterable() && !parts.isEmpty()) {
                if (node.getKey() != null) {
                    parts.add(String.valueOf(node.getKey()));
                } else if (node.getIndex() != null) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            parts.add(node.getName());
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        // A request body parameter is named "request"; its own violation concerns the whole body.
        return "request".equals(parameter) ? null : parameter;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String enumValues(Class<?> enumType) {
        List<String> values = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            values.add(constant.toString());
        }
        return String.join(", ", values);
    }

}
