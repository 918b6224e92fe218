package io.gazette.article.query;

import com.fasterxml.jackson.annotation.JsonValue;
import io.gazette.common.api.QueryEnum;

/** How a list filtered by several tags matches them. */
public enum TagMatch implements QueryEnum {
    /** At least one of the tags. */
    ANY,
    /** Every one of them. */
    ALL;

    @Override
    @JsonValue
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
