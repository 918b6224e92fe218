-- Comment rate-limit buckets (bucket4j's PostgreSQL proxy manager), so every instance that shares this
-- database draws from the same allowance per address and per email. state is bucket4j's own encoding;
-- expires_at (epoch milliseconds) lets expired buckets be deleted.
CREATE TABLE comment_rate_limit (
    id         VARCHAR(400) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX ix_comment_rate_limit_expires ON comment_rate_limit (expires_at);
