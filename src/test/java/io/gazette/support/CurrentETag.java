package io.gazette.support;

import static io.restassured.RestAssured.given;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conditional writes need If-Match; tests about something else should not each read the ETag first.
 * For a PUT, PATCH or DELETE of an article, author or tag (and a revision restore) sent without If-Match,
 * this reads the resource with the same credentials and sends its current ETag. Tests of the
 * preconditions themselves use {@link TestData#withoutIfMatch}.
 */
final class CurrentETag implements Filter {

    static final CurrentETag FILTER = new CurrentETag();
    private static final Set<String> CONDITIONAL = Set.of("PUT", "PATCH", "DELETE");
    private static final Pattern ENTITY = Pattern.compile("^(/api/v1/(?:articles|authors|tags)/[^/]+)$");
    private static final Pattern RESTORE = Pattern.compile("^(/api/v1/articles/[^/]+)/revisions/\\d+/restore$");

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        String path = request.getDerivedPath();
        Matcher entity = ENTITY.matcher(path);
        Matcher restore = RESTORE.matcher(path);
        String target = CONDITIONAL.contains(request.getMethod()) && entity.matches() ? entity.group(1)
                : "POST".equals(request.getMethod()) && restore.matches() ? restore.group(1) : null;
        if (target != null && !request.getHeaders().hasHeaderWithName("If-Match")) {
            String etag = given().header("Authorization", request.getHeaders().getValue("Authorization"))
                    .get(target).header("ETag");
            if (etag != null) {
                request.header("If-Match", etag);
            }
        }
        return context.next(request, response);
    }
}
