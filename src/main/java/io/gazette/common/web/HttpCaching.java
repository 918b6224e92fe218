package io.gazette.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.common.openapi.ApiDocs;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching for the whole API, in one place. Staff (any Authorization) get {@code private, no-store}, as do
 * responses that set their own Cache-Control (previews). Public GET and HEAD answers are serialised here, once: the
 * strong ETag is a hash of exactly those bytes and the Content-Language, so it changes exactly when the
 * representation does (language, fields=, include= all change bytes); a matching If-None-Match becomes a 304.
 * Bodies above {@code gazette.cache.compress-above} are gzipped here rather than by Vert.x, because Vert.x compresses
 * after the headers are final and would leave the gzipped body with the identity body's strong ETag (RFC 9110
 * 8.8.3 wants one per content coding): here the gzipped body gets its own ETag, the identity one plus {@code -gzip}.
 * A response filter rather than a Vert.x route: it sees the entity and the resource's headers before writing, and
 * may still turn the answer into a 304. The bytes it sends for a public 200 are what {@link ResponseCache} keeps.
 */
public class HttpCaching {

    // The header names the spec declares (ApiDocs), so that what is sent and what is documented cannot drift apart.
    static final String SURROGATE_KEY = ApiDocs.SURROGATE_KEY;
    static final String CACHE_TAG = ApiDocs.CACHE_TAG;
    /** On a write's response: the surrogate keys it invalidated, to purge at the CDN. */
    static final String PURGE_KEYS = ApiDocs.PURGE_KEYS;
    static final String PRIVATE = "private, no-store";
    static final String PUBLIC_VARY = HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.ACCEPT_ENCODING;
    // With credentials the CORS answer depends on the Origin (an editor origin is named, others get none).
    static final String STAFF_VARY = HttpHeaders.AUTHORIZATION + ", Origin";
    /** The query parameter that names a language outright; without it, operations that read Accept-Language negotiate. */
    private static final String LANG = "lang";
    private static final Map<Method, Boolean> READS_ACCEPT_LANGUAGE = new ConcurrentHashMap<>();
    private static final String GZIP = "gzip";
    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?(\"[^\"]*\")");
    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    @Inject
    ObjectMapper json;

    @Inject
    HttpCacheConfig config;

    @Inject
    SurrogateKeys keys;

    @Inject
    ResponseCache memory;

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) throws IOException {
        try {
            respond(request, response, resource);
        } finally {
            memory.rendered(request);
        }
    }

    private void respond(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) throws IOException {
        if (ResponseCache.isHit(request)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (!isGazettePath(request.getUriInfo().getPath())) {
            // The spec and Swagger UI keep Quarkus's headers; an error elsewhere (GET / is a 404) says how long it holds.
            if (response.getStatus() >= 400 && !headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
                headers.putSingle(HttpHeaders.CACHE_CONTROL, errorCacheControl(request, response));
            }
            return;
        }
        if (!keys.purged().isEmpty()) {
            headers.putSingle(PURGE_KEYS, String.join(" ", keys.purged()));
        }
        String negotiated = negotiatesLanguage(request, resource) ? ", " + HttpHeaders.ACCEPT_LANGUAGE : "";
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            headers.add(HttpHeaders.VARY, STAFF_VARY + negotiated);
            headers.putSingle(HttpHeaders.CACHE_CONTROL, PRIVATE);
            return;
        }
        headers.add(HttpHeaders.VARY, PUBLIC_VARY + negotiated);
        if (headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        if (!isRead(request) || response.getStatus() != 200 || !response.hasEntity()) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, errorCacheControl(request, response));
            return;
        }
        represent(request, response, headers);
    }

    /**
     * Gazette's own resources: the API, and the feeds, sitemaps and robots.txt beside it (at addresses readers and
     * crawlers keep, so outside the versioned API). Everything else (the spec, Swagger UI) keeps Quarkus's headers.
     */
    static boolean isGazettePath(String path) {
        return path.startsWith("/api/") || path.startsWith("/feeds/") || path.startsWith("/sitemaps/") || path.equals("/sitemap.xml")
                || path.equals("/robots.txt");
    }

    /**
     * A public 404 to a read may be kept a little (gazette.cache.not-found-max-age); anything else that is not a
     * readable 200 (other errors, a 405, the answer to a write) is never stored, said outright because RFC 9111 lets
     * caches keep some statuses (404, 405, 414, 501) heuristically.
     */
    private String errorCacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 404 && isRead(request)) {
            long seconds = config.notFoundMaxAge().toSeconds();
            return "public, max-age=" + seconds + ", s-maxage=" + seconds;
        }
        return "no-store";
    }

    /** An operation that reads Accept-Language chooses the language by it, unless lang= names one outright. */
    private static boolean negotiatesLanguage(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || request.getUriInfo().getQueryParameters().containsKey(LANG)) {
            return false;
        }
        return READS_ACCEPT_LANGUAGE.computeIfAbsent(method, HttpCaching::readsAcceptLanguage);
    }

    private static boolean readsAcceptLanguage(Method method) {
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof HeaderParam header && header.value().equalsIgnoreCase(HttpHeaders.ACCEPT_LANGUAGE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void represent(ContainerRequestContext request, ContainerResponseContext response, MultivaluedMap<String, Object> headers)
            throws IOException {
        // Feeds and sitemaps come as the bytes of their own format; everything else is JSON
        byte[] body = response.getEntity() instanceof byte[] bytes ? bytes : json.writeValueAsBytes(response.getEntity());
        boolean gzip = body.length >= config.compressAbove() && acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        String etag = "\"" + hash(body, headers.getFirst(HttpHeaders.CONTENT_LANGUAGE)) + (gzip ? "-" + GZIP : "") + "\"";
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, (keys.isSingle() ? config.articles() : config.lists()).cacheControl());
        if (!keys.keys().isEmpty()) {
            headers.putSingle(SURROGATE_KEY, String.join(" ", keys.keys()));
            headers.putSingle(CACHE_TAG, String.join(",", keys.keys()));
        }
        byte[] sent = null;
        if (memory.enabled()) {
            sent = gzip ? gzip(body) : body;
            memory.store(request, sent, response.getMediaType(), response.getStringHeaders(), etag, keys.keys(), gzip);
        }
        if (notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        if (gzip) {
            headers.putSingle(HttpHeaders.CONTENT_ENCODING, GZIP);
            body = sent != null ? sent : gzip(body);
        }
        if (HttpMethod.HEAD.equals(request.getMethod())) {
            // RFC 9110 9.3.2: the headers GET would send, Content-Length included, without the body.
            headers.putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, NO_ANNOTATIONS, response.getMediaType());
    }

    private static boolean isRead(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    /** RFC 9110 13.1.2: weak comparison against each listed entity tag; * matches any current representation. */
    public static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        Matcher tags = ENTITY_TAG.matcher(ifNoneMatch);
        while (tags.find()) {
            if (tags.group(1).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** Whether Accept-Encoding allows gzip: named (or x-gzip, or *) with a q-value above 0. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean wildcard = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean allowed = quality(pieces) > 0;
            if (coding.equals(GZIP) || coding.equals("x-gzip")) {
                return allowed;
            }
            if (coding.equals("*")) {
                wildcard = allowed;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String hash(byte[] body, Object language) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(body);
            if (language != null) {
                digest.update((byte) 0);
                digest.update(language.toString().getBytes(StandardCharsets.UTF_8));
            }
            byte[] sum = digest.digest();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sum, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }
}
