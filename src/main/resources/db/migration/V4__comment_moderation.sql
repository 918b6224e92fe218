-- Threads: a reply knows its thread (the id of the top-level comment; NULL on top-level comments)
-- and every comment its depth (top level = 1).
ALTER TABLE article_comment ADD COLUMN thread_id BIGINT REFERENCES article_comment (id) ON DELETE CASCADE;
ALTER TABLE article_comment ADD COLUMN depth INTEGER DEFAULT 1 NOT NULL;
-- Replies written by earlier versions: three passes reach every level the default depth cap allows.
UPDATE article_comment SET thread_id = (SELECT coalesce(p.thread_id, p.id) FROM article_comment p WHERE p.id = article_comment.parent_id),
                           depth = (SELECT p.depth + 1 FROM article_comment p WHERE p.id = article_comment.parent_id)
    WHERE parent_id IS NOT NULL;
UPDATE article_comment SET thread_id = (SELECT coalesce(p.thread_id, p.id) FROM article_comment p WHERE p.id = article_comment.parent_id),
                           depth = (SELECT p.depth + 1 FROM article_comment p WHERE p.id = article_comment.parent_id)
    WHERE parent_id IS NOT NULL;
UPDATE article_comment SET thread_id = (SELECT coalesce(p.thread_id, p.id) FROM article_comment p WHERE p.id = article_comment.parent_id),
                           depth = (SELECT p.depth + 1 FROM article_comment p WHERE p.id = article_comment.parent_id)
    WHERE parent_id IS NOT NULL;

-- Moderation records who made the last change; staff replies are marked.
ALTER TABLE article_comment ADD COLUMN moderated_by VARCHAR(100);
ALTER TABLE article_comment ADD COLUMN staff BOOLEAN DEFAULT FALSE NOT NULL;

-- Editors close an article's comments by hand; gazette.comments.close-after-days closes them by age.
ALTER TABLE article ADD COLUMN comments_closed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX ix_comment_thread ON article_comment (thread_id, status, created_at, id);
CREATE INDEX ix_comment_article_top ON article_comment (article_id, status, depth, created_at, id);
CREATE INDEX ix_comment_email_created ON article_comment (email, created_at);
