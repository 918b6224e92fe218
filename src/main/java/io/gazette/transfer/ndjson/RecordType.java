package io.gazette.transfer.ndjson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kind of line in the file and the table it comes from: its fields in the order they are written, the rows of other
 * tables written inside it, which fields must match for a row of the same id to be the same record ({@code identity}),
 * the field no two rows may share ({@code unique}), and the fields that find its row in the table ({@code key}): the id,
 * nothing for the site (one row), or several for a table without an id column (the import references).
 */
record RecordType(String name, String table, boolean singleton, List<Field> fields, List<Child> children,
                  List<String> identity, String unique, List<String> key) {

    RecordType(String name, String table, boolean singleton, List<Field> fields, List<Child> children, List<String> identity,
               String unique) {
        this(name, table, singleton, fields, children, identity, unique, singleton ? List.of() : List.of("id"));
    }

    Optional<Field> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** Whether its rows are numbered by an id column (an identity the import moves past what it wrote). */
    boolean hasId() {
        return key.equals(List.of("id"));
    }

    /** Whether its rows are found by several fields, and ordered in the file by them. */
    boolean compositeKey() {
        return key.size() > 1;
    }

    List<Field> keyFields() {
        return key.stream().map(name -> field(name).orElseThrow()).toList();
    }

    /** Every field, also those of children, that points to another record. */
    List<Field> references() {
        List<Field> references = new ArrayList<>();
        fields.stream().filter(f -> f.kind() == Field.Kind.REFERENCE).forEach(references::add);
        children.forEach(child -> child.fields().stream().filter(f -> f.kind() == Field.Kind.REFERENCE).forEach(references::add));
        return references;
    }
}
