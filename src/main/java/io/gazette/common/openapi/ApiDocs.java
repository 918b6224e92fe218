package io.gazette.common.openapi;

/** Texts shared by the OpenAPI annotations of several resources. */
public final class ApiDocs {

    public static final String PROBLEM = "application/problem+json";
    public static final String BEARER = "bearer";

    public static final String PAGE = "Page number, from 1";
    public static final String SIZE = "Items per page, 1 to 100 (default 20); a larger value is a 400";
    public static final String LIST_HEADERS = "RFC 8288 links to the first, previous, next and last pages";

    private ApiDocs() {
    }
}
