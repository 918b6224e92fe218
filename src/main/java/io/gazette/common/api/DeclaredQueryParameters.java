package io.gazette.common.api;

import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the endpoint does not declare is a 400 naming it, so a typo ("sise=50",
 * "tags=x") is reported instead of silently ignored. Declared means a {@code @QueryParam} on the
 * method or on the fields of its {@code @BeanParam} classes.
 */
public class DeclaredQueryParameters {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUndeclared(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, DeclaredQueryParameters::declaredBy);
        Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            String accepted = declared.isEmpty() ? "none" : String.join(", ", new TreeSet<>(declared));
            List<FieldError> errors = unknown.stream()
                    .map(name -> new FieldError(name, "is not a parameter of this endpoint (accepted: " + accepted + ")"))
                    .toList();
            throw ProblemException.invalidFields(errors);
        }
    }

    private static Set<String> declaredBy(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return Set.copyOf(names);
    }
}
