-- The key that signs change-feed tokens (GET /api/v1/changes): drawn at random by the first instance that needs it and
-- kept here, so that tokens survive restarts and every instance sharing the database accepts the others'.
CREATE TABLE change_feed_key (
    id     INTEGER PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
);
