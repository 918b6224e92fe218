package io.gazette.common.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A closed set of query parameter values. The enum's {@code value()} carries Jackson's {@code @JsonValue},
 * which is what SmallRye OpenAPI lists as the parameter's enumeration: the spec and the parser read the
 * same constants, so they cannot drift.
 */
public interface QueryEnum {

    String value();

    static <E extends Enum<E> & QueryEnum> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.value().equals(value)).findFirst();
    }

    /** The accepted values, for error messages: "a, b, c". */
    static <E extends Enum<E> & QueryEnum> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(QueryEnum::value).collect(Collectors.joining(", "));
    }
}
