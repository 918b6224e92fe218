package io.gazette.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Every RestAssured exchange of the suite is checked against the committed spec (openapi/openapi.yaml):
 * a response whose status, headers, content type or body the spec does not describe fails the test.
 * The request is checked too, unless the service refused it (4xx): tests send bad input on purpose,
 * and then only the answer has to be what the spec promises. Quarkus runs each test in its own class
 * loader, with its own RestAssured: the filter is installed from inside it, as a Quarkus test callback
 * (src/test/resources/META-INF/services), before each test.
 * <p>
 * Two kinds of exchange are outside what the spec describes, and only these are exempt:
 * <ul>
 * <li>Quarkus's own endpoints under /q/ (the OpenAPI document, Swagger UI, health, metrics): not part of the API;</li>
 * <li>a request for a path or method the API does not have (tests of the 404 and 405 problems, and OPTIONS, which
 * the HTTP layer answers for CORS preflights and Allow on every path): no operation to hold it to. Their answer
 * must still be a problem document when it is an error.</li>
 * </ul>
 */
public class SpecConformance implements QuarkusTestBeforeEachCallback, Filter {

    private static final Path SPEC = Path.of("openapi", "openapi.yaml");
    private static final AtomicLong EXCHANGES = new AtomicLong();
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static volatile SpecConformance installed;

    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (SpecConformance.class) {
            if (installed == null) {
                installed = this;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
                        "Spec conformance: %d exchanges validated against %s (%d with their request)%n",
                        EXCHANGES.get(), SPEC, REQUESTS.get())));
            }
        }
        if (!RestAssured.filters().contains(installed)) {
            RestAssured.filters(installed);
        }
    }

    private static final String QUARKUS_ENDPOINTS = "/q/";
    private static final Set<String> NO_SUCH_OPERATION = Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");
    private static final String PROBLEM = "application/problem+json";

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (path.startsWith(QUARKUS_ENDPOINTS)) {
            return response;
        }
        Request asSent = RestAssuredRequest.of(request);
        boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
        ValidationReport report = refused
                ? validator.validateResponse(path, asSent.getMethod(), RestAssuredResponse.of(response))
                : validator.validate(asSent, RestAssuredResponse.of(response));
        if (askedForNoOperation(report)) {
            if (response.statusCode() >= 400 && !String.valueOf(response.contentType()).startsWith(PROBLEM)) {
                throw new AssertionError("No operation answers " + request.getMethod() + " " + path + ", and its "
                        + response.statusCode() + " is not " + PROBLEM + " but " + response.contentType());
            }
            return response;
        }
        EXCHANGES.incrementAndGet();
        if (!refused) {
            REQUESTS.incrementAndGet();
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange does not match " + SPEC + ": " + request.getMethod() + " " + request.getURI()
                    + " -> " + response.statusCode() + "\n" + report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> "  - [" + m.getKey() + "] " + m.getMessage())
                    .collect(Collectors.joining("\n")) + "\nResponse body: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static boolean askedForNoOperation(ValidationReport report) {
        return report.getMessages().stream().anyMatch(message -> NO_SUCH_OPERATION.contains(message.getKey()));
    }

    private static String abbreviate(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}
