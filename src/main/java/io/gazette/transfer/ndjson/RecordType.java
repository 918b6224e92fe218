package io.gazette.transfer.ndjson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kind of line in the file and the table it comes from: its fields in the order they are written, the rows of other
 * tables written inside it, which fields must match for a row of the same id to be the same record ({@code identity}),
 * and the field no two rows may share ({@code unique}).
 */
record RecordType(String name, String table, boolean singleton, List<Field> fields, List<Child> children,
                  List<String> identity, String unique) {

    Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** Every field, also those of children, that points to another record. */
    List<Field> references() {
        List<Field> references = new ArrayList<>();
        fields.stream().filter(f -> f.kind() == Field.Kind.REFERENCE).forEach(references::add);
        children.forEach(child -> child.fields().stream().filter(f -> f.kind() == Field.Kind.REFERENCE).forEach(references::add));
        return references;
    }
}
