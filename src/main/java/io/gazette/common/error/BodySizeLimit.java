package io.gazette.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an announced oversized body with a 413 problem. It runs as a Vert.x route just before
 * Quarkus's own upload limit (which would answer with an empty 413); a chunked body without
 * Content-Length that grows past the limit still gets Quarkus's bare 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Just before Quarkus's RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT (-2). */
    private static final int BEFORE_UPLOAD_LIMIT = -3;

    private final long maxBodyBytes;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_UPLOAD_LIMIT).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !isTooLarge(length)) {
                context.next();
                return;
            }
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            Problem problem = new Problem(type.uri, type.title, type.status,
                    "The request body is larger than the " + maxBodyBytes + " bytes the server accepts",
                    context.request().path(), null);
            context.response()
                    .setStatusCode(type.status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(serialize(problem));
        });
    }

    private boolean isTooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
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
