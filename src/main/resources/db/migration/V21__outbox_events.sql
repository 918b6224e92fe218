-- Every public change (article published, updated, unpublished, deleted, scheduled; comment submitted, approved; author
-- or tag updated), written in the writing transaction: webhooks are delivered from these rows (a crash between commit and
-- delivery loses none) and the change feed (GET /api/v1/changes) is read from them.
--
-- position orders the rows in commit order, without gaps: a transaction takes its positions from event_position just
-- before it commits, and the row lock it takes there is held until it has committed, so a reader that has seen
-- position n has seen every row below n. An identity id would not do: ids are taken at insert and committed in any
-- order, so a reader of "id > n" could pass a row committed late.
CREATE TABLE event_position (
    id            INTEGER PRIMARY KEY,
    last_position BIGINT NOT NULL
);
INSERT INTO event_position (id, last_position) VALUES (1, 0);

CREATE TABLE outbox_event (
    position     BIGINT PRIMARY KEY,
    type         VARCHAR(40)                 NOT NULL,
    subject_kind VARCHAR(20)                 NOT NULL,
    subject_id   BIGINT                      NOT NULL,
    -- the subject's public representation as the public API serialises it, or a tombstone (id and slug) for what
    -- left public view; never an email or a draft's content
    payload      VARCHAR(1000000)            NOT NULL,
    -- the surrogate keys the change purged, space-separated
    purge_keys   VARCHAR(1000000)            NOT NULL,
    -- the public resources whose representation changed ("article:12 author:3 tag:7"), for the change feed; empty
    -- for changes readers cannot see (a schedule, a comment waiting for moderation)
    resources    VARCHAR(1000000)            NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
