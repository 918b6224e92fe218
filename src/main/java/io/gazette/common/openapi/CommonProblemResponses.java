package io.gazette.common.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem responses that follow from an operation's shape rather than its purpose, so the
 * annotations carry only what is particular to each operation: any request may carry a wrong token
 * (401), and any request with a body may be malformed (400), too large (413) or of the wrong type (415).
 * Every 4xx response documented without a body gets the problem schema, so annotations name only
 * the status and its meaning (this also covers the bare 400 SmallRye adds for validated parameters).
 */
public class CommonProblemResponses implements OASFilter {

    /** The description SmallRye gives the 400 it adds on its own for validated parameters. */
    private static final String SMALLRYE_DEFAULT_400 = "Bad Request";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        addIfAbsent(responses, "401", secured
                ? "No token or key, or a wrong or revoked one"
                : "A token was sent and is wrong (reads need no token)");
        if (secured) {
            addIfAbsent(responses, "403", "The credentials' role does not allow this operation (authors: not their own article, or not a draft)");
            describeRoles(operation);
        }
        boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER);
        if (conditional) {
            addIfAbsent(responses, "412", "If-Match does not name the current version: someone changed it since your read");
            addIfAbsent(responses, "428", "No If-Match header");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "400", "The body is not valid JSON, has unknown fields, or has invalid fields (each one is named)");
            addIfAbsent(responses, "413", "The body is larger than 1 MB");
            addIfAbsent(responses, "415", "The body is not application/json");
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.getContent() == null) {
                response.content(problemContent());
            }
        });
        return operation;
    }

    private static void describeRoles(Operation operation) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get(ApiDocs.ROLES);
        if (roles instanceof List<?> list) {
            String allowed = "Roles allowed: " + String.join(", ", list.stream().map(String::valueOf).toList()) + ".";
            String description = operation.getDescription();
            operation.description(description == null || description.isBlank() ? allowed : description + "\n\n" + allowed);
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
        } else if (SMALLRYE_DEFAULT_400.equals(existing.getDescription())) {
            existing.description(description);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ApiDocs.PROBLEM, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
