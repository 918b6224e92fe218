package io.gazette.transfer.ndjson;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Field values to and from columns: times as UTC, enums lower case in the file and upper case in the table. */
final class Values {

    private Values() {
    }

    /** The fields' values from column {@code first} on, by field name. */
    static Map<String, Object> read(ResultSet result, int first, List<Field> fields) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            values.put(fields.get(i).name(), read(result, first + i, fields.get(i)));
        }
        return values;
    }

    static Object read(ResultSet result, int index, Field field) throws SQLException {
        Object value = switch (field.kind()) {
            case ID, LONG, REFERENCE -> result.getLong(index);
            case INT -> result.getInt(index);
            case BOOLEAN -> result.getBoolean(index);
            case INSTANT -> {
                OffsetDateTime time = result.getObject(index, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            case ENUM -> {
                String text = result.getString(index);
                yield text == null ? null : text.toLowerCase(Locale.ROOT);
            }
            case TEXT, HTML, SLUG, REDIRECT_PATH, LANGUAGE -> result.getString(index);
        };
        return result.wasNull() ? null : value;
    }

    /** Binds the fields' values from parameter {@code first} on; the next free index. */
    static int bind(PreparedStatement statement, int first, List<Field> fields, Map<String, Object> values) throws SQLException {
        int index = first;
        for (Field field : fields) {
            bind(statement, index++, field, values.get(field.name()));
        }
        return index;
    }

    static void bind(PreparedStatement statement, int index, Field field, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, switch (field.kind()) {
                case ID, LONG, REFERENCE -> Types.BIGINT;
                case INT -> Types.INTEGER;
                case BOOLEAN -> Types.BOOLEAN;
                case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
                default -> Types.VARCHAR;
            });
            return;
        }
        switch (field.kind()) {
            case INSTANT -> statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            case ENUM -> statement.setString(index, ((String) value).toUpperCase(Locale.ROOT));
            default -> statement.setObject(index, value);
        }
    }

    /** Binds the derived values from {@code first} on; the next free index. */
    static int bindDerived(PreparedStatement statement, int first, Rows.Derived derived, Row row) throws SQLException {
        int index = first;
        for (Object value : derived.values().apply(row)) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
