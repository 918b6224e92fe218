package io.gazette.common.text;

public final class Texts {

    private Texts() {
    }

    /** Optional texts are stored trimmed, and blank means absent. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
