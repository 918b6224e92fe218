-- ArticleSearchIndex looks for articles without search columns (written before V2) at every start: without an index
-- that read every article, bodies and all (~0.3 s of each start at 10,000 articles). H2 has no partial indexes; the
-- PostgreSQL version of this migration indexes the unindexed rows only.
CREATE INDEX ix_article_search_title ON article (search_title);
