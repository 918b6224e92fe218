-- Idempotency-Key of creates (articles, authors, tags, accounts, API keys): the first answer, replayed to a retry.
-- Scoped by operation and caller, so one client's key never answers another's request.
CREATE TABLE idempotent_request (
    scope           VARCHAR(300)     NOT NULL,
    idempotency_key VARCHAR(200)     NOT NULL,
    request_hash    VARCHAR(64)      NOT NULL,
    status          INTEGER,
    location        VARCHAR(2000),
    etag            VARCHAR(40),
    response_body   VARCHAR(1000000),
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
