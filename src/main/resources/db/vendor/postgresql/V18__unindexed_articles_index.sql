-- ArticleSearchIndex looks for articles without search columns (written before V2) at every start: without an index
-- that read every article. A partial index holds only those rows, so it costs nothing once they are indexed.
CREATE INDEX ix_article_unindexed ON article (id) WHERE search_title IS NULL;
