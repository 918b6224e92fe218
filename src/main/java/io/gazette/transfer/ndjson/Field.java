package io.gazette.transfer.ndjson;

import java.util.List;

/**
 * One value of a record: its name in the file, the column that holds it, what it may be, and, for a reference, the
 * record type it points to.
 */
record Field(String name, String column, Kind kind, boolean required, int maxLength, List<String> values, String references) {

    enum Kind {
        /** The record's id; numbers are kept across a move. */
        ID,
        LONG,
        INT,
        TEXT,
        /** Article HTML: cleaned by the sanitiser on import, as on every write. */
        HTML,
        SLUG,
        /** An old address as the redirect lookup stores it: already normalised by RedirectPaths. */
        REDIRECT_PATH,
        /** One of gazette.languages. */
        LANGUAGE,
        /** Stored upper case (Hibernate's EnumType.STRING), written lower case as the API does. */
        ENUM,
        BOOLEAN,
        /** UTC, ISO 8601, at most microseconds (the columns' precision). */
        INSTANT,
        /** The id of another record of the file. */
        REFERENCE
    }

    static Field id() {
        return new Field("id", "id", Kind.ID, true, 0, List.of(), null);
    }

    static Field of(String name, String column, Kind kind) {
        return new Field(name, column, kind, false, 0, List.of(), null);
    }

    static Field text(String name, String column, int maxLength) {
        return new Field(name, column, Kind.TEXT, false, maxLength, List.of(), null);
    }

    static Field html(String name, String column, int maxLength) {
        return new Field(name, column, Kind.HTML, false, maxLength, List.of(), null);
    }

    static Field enumeration(String name, String column, List<String> values) {
        return new Field(name, column, Kind.ENUM, false, 0, List.copyOf(values), null);
    }

    static Field reference(String name, String column, String type) {
        return new Field(name, column, Kind.REFERENCE, false, 0, List.of(), type);
    }

    static Field instant(String name, String column) {
        return of(name, column, Kind.INSTANT);
    }

    Field notNull() {
        return new Field(name, column, kind, true, maxLength, values, references);
    }
}
