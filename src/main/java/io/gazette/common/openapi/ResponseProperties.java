package io.gazette.common.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.Type;

/**
 * Marks as {@code required} every property that a response always carries, so generated clients type them as
 * present. Our responses serialise every record component, null included, except the ones annotated
 * {@code @JsonInclude(NON_NULL)} (on the component, or on the class for its object-typed components): those
 * are left out when empty, so they are optional and never null. A class that lists its
 * {@code requiredProperties} itself (e.g. a card that {@code fields=} may trim) keeps that list.
 * Only schemas that appear in responses and not in requests are touched: an input's optional fields stay optional.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ResponseProperties implements OASFilter {

    private static final DotName SCHEMA = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    private static final DotName JSON_INCLUDE = DotName.createSimple(JsonInclude.class);
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, ClassInfo> classBySchemaName = new HashMap<>();

    public ResponseProperties(IndexView index) {
        for (AnnotationInstance schema : index.getAnnotations(SCHEMA)) {
            if (schema.target().kind() == AnnotationTarget.Kind.CLASS) {
                ClassInfo type = schema.target().asClass();
                AnnotationValue name = schema.value("name");
                classBySchemaName.put(name == null ? type.simpleName() : name.asString(), type);
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<String> inRequests = SpecSchemas.referencedFrom(SpecSchemas.requests(openAPI), schemas);
        for (String name : SpecSchemas.referencedFrom(SpecSchemas.responses(openAPI), schemas)) {
            if (!inRequests.contains(name)) {
                requireAlwaysPresent(name, schemas.get(name));
            }
        }
    }

    private void requireAlwaysPresent(String name, Schema schema) {
        ClassInfo type = classBySchemaName.get(name);
        if (type == null || schema.getProperties() == null) {
            return;
        }
        AnnotationInstance declared = type.declaredAnnotation(SCHEMA);
        if (declared != null && declared.value("requiredProperties") != null) {
            return;
        }
        boolean classOmitsNulls = omitsNulls(type.declaredAnnotation(JSON_INCLUDE));
        schema.getProperties().forEach((property, propertySchema) -> {
            FieldInfo field = type.field(property);
            boolean omittedWhenNull = field != null
                    && (omitsNulls(field.annotation(JSON_INCLUDE)) || classOmitsNulls && field.type().kind() != Type.Kind.PRIMITIVE);
            if (!omittedWhenNull && (schema.getRequired() == null || !schema.getRequired().contains(property))) {
                schema.addRequired(property);
            }
        });
    }

    private static boolean omitsNulls(AnnotationInstance include) {
        return include != null && include.value() != null && !"ALWAYS".equals(include.value().asEnum());
    }
}
