package io.gazette.common.openapi;

import io.gazette.common.security.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Writes each operation's {@link ApiDocs#ROLES} from the {@code @RolesAllowed} the server enforces on its
 * method (or, when the method states no rule of its own, on its class), so the spec cannot drift from it.
 * The operation is the {@code @Operation(operationId)} on that method; x-roles lists the account roles
 * whose identities pass (an admin carries editor, see {@link Roles}). Runs at build time, before
 * {@link CommonProblemResponses} turns x-roles into the "Roles allowed" sentence.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OperationRoles implements OASFilter {

    private static final DotName OPERATION = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);
    private static final DotName ROLES_ALLOWED = DotName.createSimple(RolesAllowed.class);
    private static final List<DotName> METHOD_RULES = List.of(ROLES_ALLOWED, DotName.createSimple(PermitAll.class),
            DotName.createSimple(DenyAll.class));

    private final Map<String, List<String>> rolesByOperationId = new HashMap<>();

    public OperationRoles(IndexView index) {
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            AnnotationValue idValue = operation.value("operationId");
            if (operation.target().kind() != AnnotationTarget.Kind.METHOD || idValue == null) {
                continue;
            }
            String operationId = idValue.asString();
            MethodInfo method = operation.target().asMethod();
            boolean ownRule = METHOD_RULES.stream().anyMatch(method::hasDeclaredAnnotation);
            AnnotationInstance rolesAllowed = ownRule
                    ? method.declaredAnnotation(ROLES_ALLOWED)
                    : method.declaringClass().declaredAnnotation(ROLES_ALLOWED);
            if (rolesAllowed != null) {
                List<String> roles = Roles.accountRolesAllowed(List.of(rolesAllowed.value().asStringArray()));
                // The index Quarkus passes may hold a class twice; only two different rules for one operationId conflict.
                List<String> other = rolesByOperationId.put(operationId, roles);
                if (other != null && !other.equals(roles)) {
                    throw new IllegalStateException("the operationId " + operationId + " names methods allowing " + other + " and " + roles);
                }
            }
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        List<String> roles = rolesByOperationId.get(operation.getOperationId());
        if (roles != null) {
            operation.addExtension(ApiDocs.ROLES, roles);
        }
        return operation;
    }
}
