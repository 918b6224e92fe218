package io.gazette.common.web;

import io.gazette.common.error.Problem;
import io.gazette.common.error.ProblemType;
import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Which methods each path answers, read once from the resource classes: the Allow header of a 405,
 * and the answer to OPTIONS. (RESTEasy's own OPTIONS lists every method of every resource sharing a
 * path prefix, and answers 200 for paths that do not exist.)
 */
@Singleton
public class AllowedMethods {

    private record Route(Pattern pattern, int literalCharacters, Set<String> methods) {
    }

    private volatile List<Route> routes;

    /** The methods of the most specific template matching {@code path}, HEAD and OPTIONS included; empty when none matches. */
    public Optional<String> allowHeader(String path) {
        List<Route> matching = routes().stream().filter(route -> route.pattern.matcher(path).matches()).toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        int mostLiteral = matching.stream().mapToInt(Route::literalCharacters).max().orElseThrow();
        Set<String> methods = new TreeSet<>();
        matching.stream().filter(route -> route.literalCharacters == mostLiteral).forEach(route -> methods.addAll(route.methods));
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    /** OPTIONS without a CORS preflight (those end in CrossOriginPolicy): 204 with Allow, or a 404 problem. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> answerOptions(ContainerRequestContext request, UriInfo uri) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = uri.getRequestUri().getRawPath();
        return Optional.of(allowHeader(path)
                .map(allow -> Response.noContent().header(HttpHeaders.ALLOW, allow).build())
                .orElseGet(() -> {
                    ProblemType type = ProblemType.NOT_FOUND;
                    return Response.status(type.status).type(Problem.MEDIA_TYPE)
                            .entity(new Problem(type.uri, type.title, type.status, "Nothing exists at " + path, path, null))
                            .build();
                }));
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = readResourceClasses();
            routes = known;
        }
        return known;
    }

    private static List<Route> readResourceClasses() {
        Map<String, Set<String>> methodsByTemplate = new LinkedHashMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                methodsByTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(httpMethod);
            }
        }
        List<Route> routes = new ArrayList<>();
        methodsByTemplate.forEach((template, methods) -> routes.add(route(template, methods)));
        routes.sort(Comparator.comparingInt(Route::literalCharacters).reversed());
        return List.copyOf(routes);
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A template such as /api/v1/articles/{slug}/comments as a pattern; each variable is one path segment. */
    private static Route route(String template, Set<String> methods) {
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        int depth = 0;
        StringBuilder text = new StringBuilder();
        for (char c : template.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    regex.append(Pattern.quote(text.toString()));
                    literal += text.length();
                    text.setLength(0);
                }
            } else if (c == '}') {
                if (--depth == 0) {
                    regex.append("[^/]+");
                }
            } else if (depth == 0) {
                text.append(c);
            }
        }
        regex.append(Pattern.quote(text.toString())).append("/?");
        literal += text.length();
        return new Route(Pattern.compile(regex.toString()), literal, Set.copyOf(methods));
    }
}
