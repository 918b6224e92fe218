package io.gazette.common.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The same resource answers readers with its public view and staff (a key) with its editor view, a superset.
 * Each view names itself in {@code view}, the discriminator the spec declares on the response's {@code oneOf},
 * so a generated client knows which one it received instead of guessing from the fields present.
 */
public final class Representation {

    public static final String PROPERTY = "view";
    public static final String PUBLIC = "public";
    public static final String EDITOR = "editor";

    private Representation() {
    }

    /** A view any reader may receive. */
    public interface Public {
        @JsonProperty(value = PROPERTY, access = JsonProperty.Access.READ_ONLY)
        @Schema(name = PROPERTY, enumeration = PUBLIC, required = true, readOnly = true, example = PUBLIC,
                description = "Which view this is: public, as readers get it")
        default String view() {
            return PUBLIC;
        }
    }

    /** A view only staff receive: the public fields and private ones. */
    public interface Editor {
        @JsonProperty(value = PROPERTY, access = JsonProperty.Access.READ_ONLY)
        @Schema(name = PROPERTY, enumeration = EDITOR, required = true, readOnly = true, example = EDITOR,
                description = "Which view this is: editor, as staff with a key get it")
        default String view() {
            return EDITOR;
        }
    }
}
