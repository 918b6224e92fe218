package io.gazette.common.openapi;

/** Texts shared by the OpenAPI annotations of several resources. */
public final class ApiDocs {

    public static final String PROBLEM = "application/problem+json";
    public static final String BEARER = "bearer";
    /** PATCH bodies may be labelled as JSON merge patch (RFC 7396); the semantics are the same. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    /** Operation extension listing the account roles allowed; {@link OperationRoles} writes it from {@code @RolesAllowed}. */
    public static final String ROLES = "x-roles";

    public static final String IF_MATCH = "The ETag from your last read of this resource; a missing one is a 428, a stale one a 412";

    public static final String IDEMPOTENCY_KEY = "Any unique string (a UUID) per create, so that a retry after a timeout or a 503 "
            + "creates nothing twice: the same key and body within 24 hours return the first answer (with Idempotent-Replayed: true); "
            + "the same key with another body is a 409";
    public static final String IDEMPOTENCY_KEY_EXAMPLE = "3f0e4b9c-2d1a-4c8e-9f7b-6a5d4c3b2a10";

    /** Response headers defined once in components.headers; annotations refer to them by these names. */
    public static final String ETAG = "ETag";
    public static final String LOCATION = "Location";
    public static final String LINK = "Link";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String CONTENT_LANGUAGE = "Content-Language";
    public static final String PURGE_KEYS = "Purge-Keys";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    /** Public reads' ETag: a hash of the representation, not the version ({@link #ETAG}) staff send back in If-Match. */
    public static final String REPRESENTATION_ETAG = "RepresentationETag";
    public static final String VIEWER_ETAG = "With a staff key: the version, to send back as If-Match. For readers: a strong "
            + "validator of exactly this body and its language (ending in -gzip when gzipped), for If-None-Match";
    public static final String CACHE_CONTROL = "Cache-Control";
    public static final String VARY = "Vary";
    public static final String SURROGATE_KEY = "Surrogate-Key";
    public static final String CACHE_TAG = "Cache-Tag";
    public static final String CONTENT_ENCODING = "Content-Encoding";

    public static final String LIST_HEADERS = "RFC 8288 links to the first, previous, next and last pages";

    private ApiDocs() {
    }
}
