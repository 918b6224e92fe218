-- Comment submissions keep their Idempotency-Key in idempotent_request, like every other create.
-- Their old rows are not carried over: they lack the stored answer and hash their request differently.
-- A retry that straddles the upgrade meets the same-body-from-same-email check instead (a 409 within
-- gazette.comments.duplicate-window-minutes), so it doubles no comment.
DROP TABLE comment_idempotency;
