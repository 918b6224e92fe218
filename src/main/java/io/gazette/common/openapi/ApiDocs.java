package io.gazette.common.openapi;

/** Texts shared by the OpenAPI annotations of several resources. */
public final class ApiDocs {

    public static final String PROBLEM = "application/problem+json";
    public static final String BEARER = "bearer";
    /** PATCH bodies may be labelled as JSON merge patch (RFC 7396); the semantics are the same. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    public static final String LIST_HEADERS = "RFC 8288 links to the first, previous, next and last pages";

    private ApiDocs() {
    }
}
