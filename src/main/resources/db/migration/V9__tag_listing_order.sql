-- A tag page lists the tag's published articles newest first. Reading that from article alone means
-- either walking every published article until 20 carry the tag, or sorting all of the tag's articles;
-- both grow with the collection. article_tag.published_at holds the article's publishedAt while it is
-- published (null otherwise), kept by the article service, so a tag page is a range read of one index.
ALTER TABLE article_tag ADD COLUMN published_at TIMESTAMP(6) WITH TIME ZONE;

UPDATE article_tag SET published_at =
    (SELECT a.published_at FROM article a WHERE a.id = article_tag.article_id AND a.status = 'PUBLISHED');

CREATE INDEX ix_article_tag_listing ON article_tag (tag_id, published_at, article_id);
