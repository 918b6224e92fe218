-- Normalised text the search reads (Persian/Arabic letter variants folded, lowercase), kept by the
-- application on every write: title; lead with tag and author names; body as plain text.
ALTER TABLE article ADD COLUMN search_title VARCHAR(300);
ALTER TABLE article ADD COLUMN search_lead VARCHAR(10000);
ALTER TABLE article ADD COLUMN search_body VARCHAR(200000);

-- One index per sort path of the article list (status first: readers only see published ones).
CREATE INDEX ix_article_status_updated ON article (status, updated_at DESC, id DESC);
CREATE INDEX ix_article_status_title ON article (status, title, id);
CREATE INDEX ix_article_published_all ON article (published_at DESC, id DESC);
CREATE INDEX ix_article_author_pair ON article_author (author_id, article_id);
CREATE INDEX ix_article_tag_pair ON article_tag (tag_id, article_id);
