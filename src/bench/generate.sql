-- Fills a migrated Gazette database with :articles synthetic articles (psql variable), with authors,
-- tags and comments, in set-based statements. Words are "w<n>" drawn with a skewed distribution, so a
-- few are common and most are rare, as in real text. Run by bench.sh; not part of the application.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

TRUNCATE article_comment, article_tag, article_author, article, tag, author RESTART IDENTITY CASCADE;

INSERT INTO author (slug, name, role_line, bio, email, created_at, updated_at, version)
SELECT 'author-' || g, 'Author ' || g, 'Expert on international affairs', 'Writes about region ' || g,
       'author' || g || '@bench.example', now(), now(), 0
FROM generate_series(1, greatest(:articles / 500, 10)) g;

INSERT INTO tag (slug, name, description, created_at, updated_at, version)
SELECT 'tag-' || g, 'Tag ' || g, 'Topic ' || g, now(), now(), 0
FROM generate_series(1, 500) g;

-- 2000 body texts of 60 words each, shared round-robin by the articles.
CREATE TEMP TABLE words AS
SELECT t.n, string_agg('w' || floor(power(random(), 3) * 50000)::int, ' ') AS body_words
FROM generate_series(1, 2000) t(n) CROSS JOIN generate_series(1, 60) w(i)
GROUP BY t.n;

INSERT INTO article (slug, title, excerpt, body, section, language, status, byline, comment_count,
                     published_at, created_at, updated_at, version, search_title, search_lead, search_body)
SELECT 'bench-' || g,
       'Title w' || (g % 50000) || ' w' || ((g * 7) % 50000) || ' ' || g,
       'Lead w' || ((g * 13) % 50000) || ' about ' || g,
       '<p>' || w.body_words || '</p>',
       (ARRAY['OPINION', 'INTERVIEW', 'ANALYSIS', 'NEWS', 'REVIEW'])[1 + g % 5],
       CASE WHEN g % 20 = 0 THEN 'es' WHEN g % 20 = 1 THEN 'fa' WHEN g % 20 = 2 THEN 'ar' ELSE 'en' END,
       CASE WHEN g % 50 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       NULL, 0,
       CASE WHEN g % 50 = 0 THEN NULL ELSE now() - (:articles - g) * interval '1 minute' END,
       now() - (:articles - g) * interval '1 minute', now() - (:articles - g) * interval '1 minute', 0,
       lower('title w' || (g % 50000) || ' w' || ((g * 7) % 50000) || ' ' || g),
       lower('lead w' || ((g * 13) % 50000) || ' about ' || g || ' tag ' || (1 + g % 500) || ' author ' || (1 + g % greatest(:articles / 500, 10))),
       w.body_words
FROM generate_series(1, :articles) g
JOIN words w ON w.n = 1 + g % 2000;

-- Fresh statistics, or the foreign-key checks below plan a scan of an "empty" article table per row.
ANALYZE article;
ANALYZE author;
ANALYZE tag;

INSERT INTO article_author (article_id, author_id, author_order)
SELECT a.id, 1 + a.id % greatest(:articles / 500, 10), 0 FROM article a;

-- published_at: the article's while it is published (see migration V9)
INSERT INTO article_tag (article_id, tag_id, published_at)
SELECT a.id, 1 + a.id % 500, CASE WHEN a.status = 'PUBLISHED' THEN a.published_at END FROM article a
UNION ALL
SELECT a.id, 1 + (a.id * 7 + 3) % 500, CASE WHEN a.status = 'PUBLISHED' THEN a.published_at END
FROM article a WHERE (a.id * 7 + 3) % 500 <> a.id % 500;

INSERT INTO article_comment (article_id, author_name, email, body, status, created_at)
SELECT a.id, 'Reader', 'reader' || a.id || '@bench.example', 'Comment on ' || a.id,
       CASE WHEN a.id % 3 = 0 THEN 'PENDING' ELSE 'APPROVED' END, now()
FROM article a WHERE a.id % 10 = 0;

UPDATE article a SET comment_count = c.n
FROM (SELECT article_id, count(*) AS n FROM article_comment WHERE status = 'APPROVED' GROUP BY article_id) c
WHERE c.article_id = a.id;

VACUUM ANALYZE article, article_tag, article_author, article_comment, author, tag;
