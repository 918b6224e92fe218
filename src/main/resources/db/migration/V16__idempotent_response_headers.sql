-- A replayed create carries the first answer's other headers too (a comment's RateLimit-*), not only
-- Location and ETag, which keep their own columns.
ALTER TABLE idempotent_request ADD COLUMN response_headers VARCHAR(2000);
