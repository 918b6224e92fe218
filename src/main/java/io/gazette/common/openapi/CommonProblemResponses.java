package io.gazette.common.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Adds what follows from an operation's shape rather than its purpose, so the annotations carry only what is
 * particular to each operation:
 * <ul>
 * <li>the problems any request may meet: a bad parameter or body (400), a wrong token (401), an Accept we cannot
 * serve (406), a URI too long (414), the database unavailable (503, with Retry-After); with a body, too large
 * (413) or not JSON (415); with If-Match, stale (412) or missing (428). They are shared {@code components.responses};
 * a status an annotation documents keeps its own description, with the problem schema;</li>
 * <li>optional security on public operations: a key changes what they return (drafts, editor views, ETags),
 * so clients must know to send it there too;</li>
 * <li>the response headers that follow from a parameter: an ETag after a conditional write, Idempotent-Replayed
 * where an Idempotency-Key is accepted, Content-Language where lang chooses one; the shared header definitions annotations refer to by name;</li>
 * <li>path parameters first and in the order of the path, so generated signatures read {@code (slug, lang)}.</li>
 * </ul>
 */
public class CommonProblemResponses implements OASFilter {

    /** The description SmallRye gives the 400 it adds on its own for validated parameters. */
    private static final String SMALLRYE_DEFAULT_400 = "Bad Request";

    private static final Map<String, String> SHARED_RESPONSES = new LinkedHashMap<>();
    private static final String NOT_MODIFIED = "NotModified";

    static {
        SHARED_RESPONSES.put("400", "BadRequest");
        SHARED_RESPONSES.put("401", "Unauthorized");
        SHARED_RESPONSES.put("403", "Forbidden");
        SHARED_RESPONSES.put("406", "NotAcceptable");
        SHARED_RESPONSES.put("412", "PreconditionFailed");
        SHARED_RESPONSES.put("413", "PayloadTooLarge");
        SHARED_RESPONSES.put("414", "UriTooLong");
        SHARED_RESPONSES.put("415", "UnsupportedMediaType");
        SHARED_RESPONSES.put("428", "PreconditionRequired");
        SHARED_RESPONSES.put("503", "ServiceUnavailable");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.setResponses(new TreeMap<>(Map.ofEntries(
                problem("BadRequest", "A parameter the operation does not declare, a parameter or field with a bad value "
                        + "(each one is named in errors), or a body that is not valid JSON"),
                problem("Unauthorized", "No token or key, or a wrong or revoked one (on public reads: a token was sent and is wrong)"),
                problem("Forbidden", "The credentials' role does not allow this operation (authors: not their own article, or not a draft)"),
                problem("NotAcceptable", "The Accept header allows neither application/json nor application/problem+json"),
                problem("PreconditionFailed", "If-Match does not name the current version: someone changed it since your read"),
                problem("PayloadTooLarge", "The body is larger than 1 MB"),
                problem("UriTooLong", "The request line is longer than the server accepts (8 KB)"),
                problem("UnsupportedMediaType", "The body is not application/json"),
                problem("PreconditionRequired", "No If-Match header"),
                Map.entry("ServiceUnavailable", problemResponse("The database is unavailable; nothing was changed. Retry after Retry-After seconds")
                        .addHeader(ApiDocs.RETRY_AFTER, headerRef(ApiDocs.RETRY_AFTER))))));
        components.addResponse(NOT_MODIFIED, OASFactory.createAPIResponse()
                .description("The request's If-None-Match (one ETag, several comma-separated, or *) names the current representation: "
                        + "no body; the same ETag and caching headers as the 200")
                .addHeader(ApiDocs.ETAG, headerRef(ApiDocs.REPRESENTATION_ETAG))
                .addHeader(ApiDocs.CACHE_CONTROL, headerRef(ApiDocs.CACHE_CONTROL))
                .addHeader(ApiDocs.VARY, headerRef(ApiDocs.VARY))
                .addHeader(ApiDocs.SURROGATE_KEY, headerRef(ApiDocs.SURROGATE_KEY))
                .addHeader(ApiDocs.CACHE_TAG, headerRef(ApiDocs.CACHE_TAG)));
        components.setHeaders(new TreeMap<>(Map.ofEntries(
                Map.entry(ApiDocs.ETAG, header("The version of what the body shows; send it back as If-Match to change it", "\"4\"")),
                Map.entry(ApiDocs.LOCATION, header("The URL of what was created", "http://localhost:8080/api/v1/articles/single-state-irans-solution")),
                Map.entry(ApiDocs.CONTENT_LANGUAGE, header("The language of the names and labels in the body (BCP 47)", "es")),
                Map.entry(ApiDocs.RETRY_AFTER, integerHeader("Seconds to wait before retrying", 5)),
                Map.entry(ApiDocs.IDEMPOTENT_REPLAYED, header("true when this is the stored answer to an earlier request with the same Idempotency-Key", "true")),
                Map.entry(ApiDocs.LINK, header(ApiDocs.LIST_HEADERS, "<http://localhost:8080/api/v1/articles?page=2&size=20>; rel=\"next\"")),
                Map.entry(ApiDocs.REPRESENTATION_ETAG, header("Public responses: a strong validator of exactly this body and its language "
                        + "(ending in -gzip when gzipped); send it back as If-None-Match to get a 304 while it is current. "
                        + "Staff responses carry the version instead (see the operation)", "\"q3Jd0xYyb1xmS4Np9kS2FZzA\"")),
                Map.entry(ApiDocs.CACHE_CONTROL, header("How long browsers (max-age) and shared caches (s-maxage) may keep this answer; "
                        + "private, no-store for staff", "public, max-age=30, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400")),
                Map.entry(ApiDocs.VARY, header("The request headers that choose this representation", "Authorization, Accept-Language, Accept-Encoding")),
                Map.entry(ApiDocs.SURROGATE_KEY, header("What this public response shows, space-separated: purging a key at the CDN removes "
                        + "every page that showed it", "articles article-42 author-hamid-khoshayand tag-latin-america")),
                Map.entry(ApiDocs.CACHE_TAG, header("The Surrogate-Key keys, comma-separated, for CDNs that read Cache-Tag",
                        "articles,article-42,author-hamid-khoshayand,tag-latin-america")),
                Map.entry(ApiDocs.PURGE_KEYS, header("Sent by a write that changed public pages: the surrogate keys to purge at a CDN, "
                        + "space-separated (also logged at INFO as purge keys)", "article-42 articles tag-latin-america")),
                Map.entry(ApiDocs.CONTENT_ENCODING, header("gzip when Accept-Encoding allows it and the body is 1 KB or more", "gzip")))));
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            Operation get = path.getGET();
            if (get != null && isPublic(get)) {
                cacheable(get);
            }
            path.getOperations().forEach((method, operation) -> {
                if (method != PathItem.HttpMethod.GET) {
                    successes(operation.getResponses()).forEach(response -> addHeaderIfAbsent(response, ApiDocs.PURGE_KEYS));
                }
            });
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                orderParameters(path.getKey(), operation);
            }
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            addIfAbsent(responses, "403");
            describeRoles(operation);
        } else {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(ApiDocs.BEARER))));
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (hasHeader(parameters, "If-Match")) {
            addIfAbsent(responses, "412");
            addIfAbsent(responses, "428");
            successes(responses).forEach(response -> addHeaderIfAbsent(response, ApiDocs.ETAG));
        }
        if (parameters.stream().anyMatch(p -> "lang".equals(p.getName()) && p.getIn() == Parameter.In.QUERY)) {
            successes(responses).forEach(response -> addHeaderIfAbsent(response, ApiDocs.CONTENT_LANGUAGE));
        }
        if (hasHeader(parameters, "Idempotency-Key")) {
            successes(responses).forEach(response -> addHeaderIfAbsent(response, ApiDocs.IDEMPOTENT_REPLAYED));
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413");
            addIfAbsent(responses, "415");
        }
        for (String status : List.of("400", "401", "406", "414", "503")) {
            addIfAbsent(responses, status);
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("201")) {
                addHeaderIfAbsent(response, ApiDocs.LOCATION);
            }
            if ((status.startsWith("4") || status.startsWith("5")) && response.getRef() == null && response.getContent() == null) {
                response.content(problemContent());
            }
        });
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
        return operation;
    }

    /**
     * A public read that shared caches may keep: its 200 says how (ETag, Cache-Control, Vary, Surrogate-Key, Cache-Tag,
     * Content-Encoding) and If-None-Match may turn it into a 304. A 200 that declares its own Cache-Control (a preview,
     * never stored) keeps it and gets none of this. If-None-Match is not declared as a parameter: generators would add it
     * to every read's method signature (breaking 2.0.0 clients' code) for a header that HTTP caches and browsers send on
     * their own; the 304 response describes it.
     */
    private static void cacheable(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getHeaders() != null && ok.getHeaders().containsKey(ApiDocs.CACHE_CONTROL)) {
            return;
        }
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey(ApiDocs.ETAG)) {
            ok.addHeader(ApiDocs.ETAG, headerRef(ApiDocs.REPRESENTATION_ETAG));
        }
        for (String name : List.of(ApiDocs.CACHE_CONTROL, ApiDocs.VARY, ApiDocs.SURROGATE_KEY, ApiDocs.CACHE_TAG, ApiDocs.CONTENT_ENCODING)) {
            addHeaderIfAbsent(ok, name);
        }
        ok.setHeaders(new TreeMap<>(ok.getHeaders()));
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref(NOT_MODIFIED));
        operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
    }

    /** Reads anyone may send: filterOperation gave them the empty security requirement beside the bearer scheme. */
    private static boolean isPublic(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream().anyMatch(requirement -> requirement.getSchemes() == null
                || requirement.getSchemes().isEmpty());
    }

    /** Path parameters first, in the order the path names them; then the others as declared. */
    private static void orderParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> ordered = new ArrayList<>(operation.getParameters());
        ordered.sort(Comparator.comparingInt(parameter -> parameter.getIn() == Parameter.In.PATH
                ? path.indexOf("{" + parameter.getName() + "}") : Integer.MAX_VALUE));
        operation.setParameters(ordered);
    }

    private static List<APIResponse> successes(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("2") && !"204".equals(entry.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    private static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER);
    }

    private static void describeRoles(Operation operation) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get(ApiDocs.ROLES);
        if (roles instanceof List<?> list) {
            String allowed = "Roles allowed: " + String.join(", ", list.stream().map(String::valueOf).toList()) + ".";
            String description = operation.getDescription();
            operation.description(description == null || description.isBlank() ? allowed : description + "\n\n" + allowed);
        }
    }

    private static void addIfAbsent(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || SMALLRYE_DEFAULT_400.equals(existing.getDescription())) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(SHARED_RESPONSES.get(status)));
        }
    }

    private static void addHeaderIfAbsent(APIResponse response, String name) {
        if (response.getRef() == null && (response.getHeaders() == null || !response.getHeaders().containsKey(name))) {
            response.addHeader(name, headerRef(name));
        }
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header integerHeader(String description, int example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    private static Map.Entry<String, APIResponse> problem(String name, String description) {
        return Map.entry(name, problemResponse(description));
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ApiDocs.PROBLEM, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
