-- PostgreSQL only: a weighted tsvector (title A, lead B, body C) in the text-search configuration of
-- the article's language, and a GIN index for websearch_to_tsquery matches.
ALTER TABLE article ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END,
                          coalesce(search_title, '')), 'A') ||
    setweight(to_tsvector(CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END,
                          coalesce(search_lead, '')), 'B') ||
    setweight(to_tsvector(CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END,
                          coalesce(search_body, '')), 'C')
) STORED;

CREATE INDEX ix_article_search ON article USING GIN (search_tsv);
