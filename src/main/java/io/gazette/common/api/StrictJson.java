package io.gazette.common.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import jakarta.inject.Singleton;

/**
 * Request bodies mean what they say: a number is not an enum value ({"role": 0} is not "admin"), a
 * string is not a number or a boolean and the reverse, and a key sent twice is a 400 instead of the
 * last one silently winning; text with NUL or broken surrogates and dates outside years 1-9999 are
 * refused here rather than by the database (PostgreSQL answers both with an error).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that these deserializers replace the ones Quarkus's own modules (java.time) register. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("gazette-strict")
                .addDeserializer(String.class, new StoredText())
                .addDeserializer(Instant.class, new StoredInstant()));
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum).setCoercion(scalar, CoercionAction.Fail);
        }
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    /** Text a database can store: no NUL (PostgreSQL refuses it) and no unpaired UTF-16 surrogate (not Unicode). */
    static final class StoredText extends StdScalarDeserializer<String> {

        StoredText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !isStorable(text)) {
                throw InvalidFormatException.from(parser, "must not contain NUL or unpaired surrogate characters", text, String.class);
            }
            return text;
        }

        static boolean isStorable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u0000') {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A date a request may change but not remove: absent, it stays as it is; an explicit null is a 400 naming the field
     * with {@code nullMessage} (which starts with "must "). Put on a field with {@code @JsonDeserialize(using = ...)}.
     */
    public abstract static class KeptInstant extends StdScalarDeserializer<Instant> {

        private static final StoredInstant STORED = new StoredInstant();
        private final String nullMessage;

        protected KeptInstant(String nullMessage) {
            super(Instant.class);
            this.nullMessage = nullMessage;
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return STORED.deserialize(parser, context);
        }

        @Override
        public Instant getNullValue(DeserializationContext context) throws JsonMappingException {
            throw MismatchedInputException.from(context.getParser(), Instant.class, nullMessage);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }

    /** ISO 8601 text only (no epoch numbers), in years 1 to 9999, which both databases can store. */
    static final class StoredInstant extends StdScalarDeserializer<Instant> {

        StoredInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText().trim();
            Instant instant;
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, "must be an ISO 8601 date-time such as 2026-12-01T06:00:00Z", text, Instant.class);
            }
            if (!QueryValues.isStorable(instant)) {
                throw InvalidFormatException.from(parser, "must be in the years 1 to 9999", text, Instant.class);
            }
            return instant;
        }
    }
}
