package io.gazette.comment;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Provider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one check of a comment's name or body length, against gazette.comments.max-name-length or
 * max-body-length, so that a 400 names it with every other bad field.
 */
@Documented
@Constraint(validatedBy = CommentLength.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CommentLength {

    Part value();

    String message() default "is too long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Part { NAME, BODY }

    /**
     * One instance per annotated field. Quarkus makes validators at static init, before runtime configuration
     * exists, so the limit is read when a value is checked.
     */
    @Dependent
    class Validator implements ConstraintValidator<CommentLength, String> {

        private final Provider<CommentConfig> config;
        private Part part;

        Validator(Provider<CommentConfig> config) {
            this.config = config;
        }

        @Override
        public void initialize(CommentLength annotation) {
            part = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            CommentConfig limits = config.get();
            int max = part == Part.NAME ? limits.maxNameLength() : limits.maxBodyLength();
            if (value == null || value.length() <= max) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be at most " + max + " characters").addConstraintViolation();
            return false;
        }
    }
}
