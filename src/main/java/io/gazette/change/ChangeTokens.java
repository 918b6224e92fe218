package io.gazette.change;

import io.agroal.api.AgroalDataSource;
import io.gazette.common.api.SignedTokens;
import io.gazette.common.error.ProblemException;
import io.gazette.common.security.Hmac;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

/**
 * Change-feed tokens: where a client is in the feed (an event position, and how many of that event's changes it has),
 * signed with the key kept in change_feed_key, so that they survive restarts and work on every instance.
 */
@ApplicationScoped
public class ChangeTokens {

    private static final String VERSION = "c1";

    private final AgroalDataSource dataSource;
    private volatile SignedTokens signer;

    ChangeTokens(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next change to hand out: change {@code index} of the event at {@code position} (or the first of a later one). */
    public record Cursor(long position, int index) {
    }

    public String sign(Cursor cursor) {
        return signer().sign(VERSION + "." + cursor.position() + "." + cursor.index());
    }

    /** The cursor in a token this service signed; a 400 naming {@code since} for anything forged, altered or malformed. */
    public Cursor verify(String token) {
        String payload = signer().verify(token).orElseThrow(ChangeTokens::invalid);
        String[] parts = payload.split("\\.");
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw invalid();
        }
        try {
            Cursor cursor = new Cursor(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
            if (cursor.position() < 1 || cursor.index() < 0) {
                throw invalid();
            }
            return cursor;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    static ProblemException invalid() {
        return ProblemException.invalidField("since", "is not a token this feed gave out; start again without since");
    }

    private SignedTokens signer() {
        SignedTokens current = signer;
        if (current == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = SignedTokens.keyedBy(Hmac.keyedBy(Optional.of(storedKey())));
                }
                current = signer;
            }
        }
        return current;
    }

    /** The key in the database, drawn and stored by whichever instance gets there first. */
    private String storedKey() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> stored = read(connection);
            if (stored.isPresent()) {
                return stored.get();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try (PreparedStatement insert = connection.prepareStatement("insert into change_feed_key (id, secret) values (1, ?)")) {
                insert.setString(1, Base64.getEncoder().encodeToString(key));
                insert.executeUpdate();
            } catch (SQLException anotherInstanceWasFirst) {
                // its key is the one to use
            }
            return read(connection).orElseThrow(() -> new IllegalStateException("change_feed_key has no key"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the change feed's key", e);
        }
    }

    private static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select secret from change_feed_key where id = 1");
             ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
        }
    }
}
