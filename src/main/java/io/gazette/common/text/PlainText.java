package io.gazette.common.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Text a person typed: no control characters (line breaks and tabs only where {@link #multiline()};
 * no U+2028/U+2029 separators in single-line text), no byte-order mark,
 * and no bidirectional embedding, override or isolate controls, which can make a name read backwards
 * ("Trojan Source"). Right-to-left marks and the zero-width non-joiner, which Persian needs, are allowed.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must not contain control characters or bidirectional overrides";

    /** Whether line feeds, carriage returns and tabs are allowed. */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates. */
    String BIDI_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";

    class Validator implements ConstraintValidator<PlainText, String> {

        /** Line and paragraph separators (U+2028, U+2029) break lines too; a byte-order mark (U+FEFF) is never text. */
        public static final Pattern SINGLE_LINE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\uFEFF" + BIDI_CONTROLS + "]");
        public static final Pattern MULTILINE = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\uFEFF" + BIDI_CONTROLS + "]");

        private Pattern refused;

        @Override
        public void initialize(PlainText annotation) {
            refused = annotation.multiline() ? MULTILINE : SINGLE_LINE;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !refused.matcher(value).find();
        }
    }
}
