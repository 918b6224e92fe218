package io.gazette.common.api;

import io.gazette.common.error.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads query parameter values; a bad one is a 400 naming the parameter. */
public final class QueryValues {

    private QueryValues() {
    }

    /** Values given as repeated parameters, comma-separated, or both; blanks and repeats dropped. */
    public static List<String> list(List<String> raw) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        if (raw != null) {
            for (String item : raw) {
                for (String part : item.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    public static <T> List<T> list(String name, List<String> raw, Function<String, Optional<T>> parse, String accepted) {
        List<T> parsed = new ArrayList<>();
        for (String value : list(raw)) {
            parsed.add(parse.apply(value).orElseThrow(
                    () -> ProblemException.invalidField(name, "'" + value + "' is not one of " + accepted)));
        }
        return parsed;
    }

    /** A whole number from {@code min} to {@code max}, {@code fallback} when absent; anything else is a 400 naming it. */
    public static int wholeNumber(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidField(name, "must be a whole number from " + min + " to " + max);
    }

    /** An id in a path, which arrives as text so that a non-number is a 404 for that path rather than a conversion error. */
    public static long pathId(String what, String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** An ISO 8601 instant (2024-11-21T09:30:00Z, offsets allowed) or a date, read as its start in UTC. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        Instant instant;
        try {
            instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an ISO 8601 date or date-time, e.g. 2024-11-21T09:30:00Z");
        }
        if (!isStorable(instant)) {
            throw ProblemException.invalidField(name, "must be in the years 1 to 9999");
        }
        return instant;
    }

    private static final Instant FIRST_STORABLE = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_STORABLE = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** Within the range both H2 and PostgreSQL timestamps hold. */
    public static boolean isStorable(Instant instant) {
        return !instant.isBefore(FIRST_STORABLE) && !instant.isAfter(LAST_STORABLE);
    }
}
