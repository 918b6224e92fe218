package io.gazette.common.api;

import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * No path or query value may hold a control character or a lone surrogate: no slug, username,
 * language or search has one, and PostgreSQL refuses NUL outright. A 400 naming the parameter.
 */
public class PlainParameters {

    private static final Pattern REFUSED = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        collect(request.getUriInfo().getPathParameters(), errors);
        collect(request.getUriInfo().getQueryParameters(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(value -> REFUSED.matcher(value).find())) {
                errors.add(new FieldError(parameter.getKey(), "must not contain control characters"));
            }
        }
    }
}
