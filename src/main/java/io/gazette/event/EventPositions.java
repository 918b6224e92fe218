package io.gazette.event;

import io.gazette.common.persistence.SqlReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The position of the last event this database committed: it moves with every write readers can see (each writes an
 * event in its own transaction, {@link OutboxWriter}), so it also dates what public reads were made of.
 */
@ApplicationScoped
public class EventPositions {

    private final SqlReads sql;

    EventPositions(SqlReads sql) {
        this.sql = sql;
    }

    public long last() {
        long[] last = new long[1];
        sql.select("select last_position from event_position where id = 1", List.of(), row -> last[0] = row.getLong(1));
        return last[0];
    }
}
