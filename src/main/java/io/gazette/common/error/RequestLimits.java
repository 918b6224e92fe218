package io.gazette.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses requests too big to serve with a problem body, before anything reads them: a URI over
 * {@value #MAX_URI_LENGTH} characters (414), a body announced over the limit (413: gazette.limits.max-body-size, or
 * gazette.limits.max-import-size for an import's file, which is also Quarkus's own limit), a chunked body
 * (411: without a length, Quarkus could only stop it half-read with an empty 413 and error logs).
 * It runs as a Vert.x route just before Quarkus's own upload limit. What Vert.x refuses before any
 * route (a request line over quarkus.http.limits.max-initial-line-length, headers over max-header-size,
 * an unparsable Content-Length, a URI with a broken percent escape) still gets its bare 400/414/431:
 * Quarkus offers no hook there (quarkusio/quarkus#55082).
 */
@ApplicationScoped
public class RequestLimits {

    /** Just before Quarkus's RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT (-2). */
    private static final int BEFORE_UPLOAD_LIMIT = -3;
    static final int MAX_URI_LENGTH = 8192;

    /** Where an export file is sent: its limit is gazette.limits.max-import-size. */
    static final String IMPORTS = "/api/v1/imports";

    private final long maxBodyBytes;
    private final long maxImportBytes;
    private final ObjectMapper json;

    RequestLimits(RequestLimitsConfig config, ObjectMapper json) {
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.maxImportBytes = config.maxImportSize().asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_UPLOAD_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long limit = context.request().path().equals(IMPORTS) ? maxImportBytes : maxBodyBytes;
            if (context.request().uri().length() > MAX_URI_LENGTH) {
                refuse(context, ProblemType.URI_TOO_LONG, "The request URI is longer than the " + MAX_URI_LENGTH
                        + " characters the server accepts; send fewer or shorter query parameters");
            } else if (length != null && isTooLarge(length, limit)) {
                refuse(context, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the " + limit + " bytes the server accepts");
            } else if (length == null && isChunked(context)) {
                refuse(context, ProblemType.LENGTH_REQUIRED,
                        "Send the request body with a Content-Length (at most " + limit + " bytes), not chunked");
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context, ProblemType type, String detail) {
        Problem problem = new Problem(type.uri, type.title, type.status, detail, context.request().path(), null);
        context.response()
                .setStatusCode(type.status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(serialize(problem));
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private static boolean isTooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Problem always serialises", e);
        }
    }
}
