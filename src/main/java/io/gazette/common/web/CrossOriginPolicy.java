package io.gazette.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.CorsHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * CORS in two tiers, which Quarkus's single-policy CORS filter cannot express: every origin may read
 * and post a reader's comment (no credentials, Access-Control-Allow-Origin: *); only the configured
 * editor origins may send Authorization, so writes and editor views work from those front ends alone.
 * Both tiers are Vert.x's own CorsHandler; this class only picks one by the request's Origin.
 */
@ApplicationScoped
public class CrossOriginPolicy {

    /** Before the body-size check (-3), so that every answer, errors included, carries the CORS headers. */
    private static final int BEFORE_EVERYTHING = -10;

    static final Set<String> EXPOSED_HEADERS = Set.of("ETag", "Last-Modified", "Link", "Location", "Content-Language",
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After", "Idempotent-Replayed", "Allow");
    private static final Set<String> READER_HEADERS = Set.of("Accept", "Accept-Language", "Content-Type",
            "If-None-Match", "If-Modified-Since", "Idempotency-Key");
    private static final Set<HttpMethod> READER_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST);
    private static final Set<HttpMethod> EDITOR_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final Set<String> editorOrigins;
    private final CorsHandler readers;
    private final CorsHandler editors;

    CrossOriginPolicy(CorsConfig config) {
        int maxAge = (int) config.maxAge().toSeconds();
        List<String> origins = config.editorOrigins().orElse(List.of()).stream()
                .map(String::trim).filter(o -> !o.isEmpty()).toList();
        this.editorOrigins = Set.copyOf(origins);
        this.readers = CorsHandler.create()
                .allowedMethods(READER_METHODS)
                .allowedHeaders(READER_HEADERS)
                .exposedHeaders(EXPOSED_HEADERS)
                .maxAgeSeconds(maxAge);
        this.editors = origins.isEmpty() ? null : CorsHandler.create()
                .addOrigins(origins)
                .allowedMethods(EDITOR_METHODS)
                .allowedHeaders(union(READER_HEADERS, Set.of("Authorization", "If-Match")))
                .exposedHeaders(EXPOSED_HEADERS)
                .maxAgeSeconds(maxAge);
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_EVERYTHING).handler(context -> {
            String origin = context.request().getHeader(HttpHeaders.ORIGIN);
            if (editors != null && context.request().method() == HttpMethod.OPTIONS) {
                // A preflight's answer depends on the Origin once some origins are editors'.
                context.response().headers().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            }
            if (origin != null && editors != null && editorOrigins.contains(origin) && sendsOrAsksForCredentials(context.request())) {
                editors.handle(context);
            } else if (origin == null && context.request().method() != HttpMethod.OPTIONS) {
                // The readers' answer is the same for every origin, so it goes on requests without one too: a shared
                // cache filled by a server-side renderer or an app must not hand browsers a copy without it.
                context.response().headers()
                        .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(",", EXPOSED_HEADERS));
                context.next();
            } else {
                readers.handle(context);
            }
        });
    }

    /**
     * A preflight, or a request with Authorization. An editor front end's anonymous read gets the
     * readers' answer (Access-Control-Allow-Origin: *), so a shared cache may keep one copy for everyone.
     */
    private static boolean sendsOrAsksForCredentials(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
