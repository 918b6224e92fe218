package io.gazette.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Writes scalar types that SmallRye names as components (e.g. {@code Instant}: a string in date-time format) in
 * place, and drops the component. A nullable property that refers to one would otherwise come out in OpenAPI 3.0
 * as {@code allOf: [$ref] + nullable}, which validators and generators read as "never null"; in place it is a
 * plain {@code type: string, format: date-time, nullable: true}. Named enumerations stay components.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class InlineScalarSchemas implements OASFilter {

    private static final Set<SchemaType> SCALARS = Set.of(SchemaType.STRING, SchemaType.INTEGER, SchemaType.NUMBER, SchemaType.BOOLEAN);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Map<String, Schema> scalars = components.entrySet().stream()
                .filter(entry -> isPlainScalar(entry.getValue()))
                .collect(Collectors.toMap(entry -> SpecSchemas.REF_PREFIX + entry.getKey(), Map.Entry::getValue));
        if (scalars.isEmpty()) {
            return;
        }
        List<Object> roots = new ArrayList<>(components.values());
        roots.addAll(SpecSchemas.responses(openAPI));
        roots.addAll(SpecSchemas.requests(openAPI));
        SpecSchemas.forEach(roots, schema -> inline(schema, scalars));
        scalars.keySet().forEach(ref -> openAPI.getComponents().removeSchema(ref.substring(SpecSchemas.REF_PREFIX.length())));
    }

    private static boolean isPlainScalar(Schema schema) {
        return schema.getType() != null && schema.getType().size() == 1 && SCALARS.contains(schema.getType().get(0))
                && schema.getEnumeration() == null && schema.getProperties() == null;
    }

    /** A schema that is the scalar, or the scalar or null (anyOf/allOf of the reference, and null), takes its type in place. */
    private static void inline(Schema schema, Map<String, Schema> scalars) {
        Schema scalar = scalars.get(schema.getRef());
        if (scalar != null) {
            schema.setRef(null);
            take(schema, scalar, false);
            return;
        }
        for (List<Schema> composition : List.of(listOrEmpty(schema.getAnyOf()), listOrEmpty(schema.getAllOf()), listOrEmpty(schema.getOneOf()))) {
            List<Schema> references = composition.stream().filter(part -> scalars.containsKey(part.getRef())).toList();
            boolean onlyScalarAndNull = references.size() == 1 && composition.stream()
                    .allMatch(part -> part == references.get(0) || List.of(SchemaType.NULL).equals(part.getType()));
            if (onlyScalarAndNull) {
                boolean nullable = composition.size() > 1 || schema.getType() != null && schema.getType().contains(SchemaType.NULL);
                schema.setAnyOf(null);
                schema.setAllOf(null);
                schema.setOneOf(null);
                take(schema, scalars.get(references.get(0).getRef()), nullable);
                return;
            }
        }
    }

    private static void take(Schema schema, Schema scalar, boolean nullable) {
        List<SchemaType> type = new ArrayList<>(scalar.getType());
        if (nullable) {
            type.add(SchemaType.NULL);
        }
        schema.setType(type);
        if (scalar.getFormat() != null) {
            schema.setFormat(scalar.getFormat());
        }
    }

    private static List<Schema> listOrEmpty(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
