-- The poster's address as a keyed hash (HMAC-SHA256), for moderation only.
ALTER TABLE article_comment ADD COLUMN address_hash VARCHAR(64);

-- Idempotency-Key of comment submissions: a repeated key with the same request returns the first answer.
CREATE TABLE comment_idempotency (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    request_hash    VARCHAR(64)  NOT NULL,
    comment_id      BIGINT       NOT NULL REFERENCES article_comment (id) ON DELETE CASCADE,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
