package io.gazette.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.gazette.common.persistence.DatabaseKind;
import io.gazette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a dry run relies on to leave no trace: the ids a rolled-back transaction drew are given back (H2 and PostgreSQL). */
@QuarkusTest
class IdentityCountersTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseKind kind;

    @Test
    void idsDrawnByARolledBackTransactionAreGivenBackButNeverOnesARowHolds() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = kind.isPostgres();
            Map<String, Long> before = IdentityCounters.next(connection, postgres, List.of("tag"));

            connection.setAutoCommit(false);
            insertTags(connection, 3);
            connection.rollback();
            connection.setAutoCommit(true);
            assertNotEquals(before, IdentityCounters.next(connection, postgres, List.of("tag")), "drawn, though rolled back");

            IdentityCounters.restore(connection, postgres, before);
            assertEquals(before, IdentityCounters.next(connection, postgres, List.of("tag")));

            // a row committed meanwhile keeps its id: the counter goes back only to just past it
            connection.setAutoCommit(false);
            insertTags(connection, 2);
            connection.rollback();
            connection.setAutoCommit(true);
            insertTags(connection, 1);
            long committed = before.get("tag") + 2;
            IdentityCounters.restore(connection, postgres, before);
            assertEquals(Map.of("tag", committed + 1), IdentityCounters.next(connection, postgres, List.of("tag")));
        }
    }

    private static void insertTags(Connection connection, int count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into tag (slug, name, created_at, updated_at, version) values (?, ?, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                String slug = TestData.unique("counter");
                insert.setString(1, slug);
                insert.setString(2, slug);
                insert.setObject(3, OffsetDateTime.now());
                insert.setObject(4, OffsetDateTime.now());
                insert.executeUpdate();
            }
        }
    }
}
