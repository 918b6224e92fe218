-- generate.sql for the embedded H2 database: the same synthetic articles, authors, tags and comments, in the
-- SQL H2 2.x speaks (SYSTEM_RANGE, LISTAGG, DATEADD, no UPDATE ... FROM). :articles is replaced by the caller
-- (ceiling.sh) before H2's RunScript runs it against a freshly migrated, empty database while Gazette is stopped.

INSERT INTO author (slug, name, role_line, bio, email, created_at, updated_at, version)
SELECT 'author-' || g.x, 'Author ' || g.x, 'Expert on international affairs', 'Writes about region ' || g.x,
       'author' || g.x || '@bench.example', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, GREATEST(:articles / 500, 10)) g;

INSERT INTO tag (slug, name, description, created_at, updated_at, version)
SELECT 'tag-' || g.x, 'Tag ' || g.x, 'Topic ' || g.x, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM SYSTEM_RANGE(1, 500) g;

-- 2000 body texts of 60 words each, shared round-robin by the articles.
CREATE TABLE bench_words AS
SELECT t.x AS n, LISTAGG('w' || CAST(FLOOR(POWER(RAND(), 3) * 50000) AS INT), ' ') AS body_words
FROM SYSTEM_RANGE(1, 2000) t CROSS JOIN SYSTEM_RANGE(1, 60) w
GROUP BY t.x;

INSERT INTO article (slug, title, excerpt, body, section, language, status, byline, comment_count,
                     published_at, created_at, updated_at, version, search_title, search_lead, search_body)
SELECT 'bench-' || g.x,
       'Title w' || MOD(g.x, 50000) || ' w' || MOD(g.x * 7, 50000) || ' ' || g.x,
       'Lead w' || MOD(g.x * 13, 50000) || ' about ' || g.x,
       '<p>' || w.body_words || '</p>',
       CASE MOD(g.x, 5) WHEN 0 THEN 'OPINION' WHEN 1 THEN 'INTERVIEW' WHEN 2 THEN 'ANALYSIS' WHEN 3 THEN 'NEWS' ELSE 'REVIEW' END,
       CASE MOD(g.x, 20) WHEN 0 THEN 'es' WHEN 1 THEN 'fa' WHEN 2 THEN 'ar' ELSE 'en' END,
       CASE WHEN MOD(g.x, 50) = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       NULL, 0,
       CASE WHEN MOD(g.x, 50) = 0 THEN NULL ELSE DATEADD(MINUTE, -(:articles - g.x), CURRENT_TIMESTAMP) END,
       DATEADD(MINUTE, -(:articles - g.x), CURRENT_TIMESTAMP), DATEADD(MINUTE, -(:articles - g.x), CURRENT_TIMESTAMP), 0,
       LOWER('title w' || MOD(g.x, 50000) || ' w' || MOD(g.x * 7, 50000) || ' ' || g.x),
       LOWER('lead w' || MOD(g.x * 13, 50000) || ' about ' || g.x || ' tag ' || (1 + MOD(g.x, 500)) || ' author '
             || (1 + MOD(g.x, GREATEST(:articles / 500, 10)))),
       w.body_words
FROM SYSTEM_RANGE(1, :articles) g
JOIN bench_words w ON w.n = 1 + MOD(g.x, 2000);

DROP TABLE bench_words;

INSERT INTO article_author (article_id, author_id, author_order)
SELECT a.id, 1 + MOD(a.id, GREATEST(:articles / 500, 10)), 0 FROM article a;

-- published_at: the article's while it is published (see migration V9)
INSERT INTO article_tag (article_id, tag_id, published_at)
SELECT a.id, 1 + MOD(a.id, 500), CASE WHEN a.status = 'PUBLISHED' THEN a.published_at END FROM article a
UNION ALL
SELECT a.id, 1 + MOD(a.id * 7 + 3, 500), CASE WHEN a.status = 'PUBLISHED' THEN a.published_at END
FROM article a WHERE MOD(a.id * 7 + 3, 500) <> MOD(a.id, 500);

INSERT INTO article_comment (article_id, author_name, email, body, status, created_at)
SELECT a.id, 'Reader', 'reader' || a.id || '@bench.example', 'Comment on ' || a.id,
       CASE WHEN MOD(a.id, 3) = 0 THEN 'PENDING' ELSE 'APPROVED' END, CURRENT_TIMESTAMP
FROM article a WHERE MOD(a.id, 10) = 0;

UPDATE article a SET comment_count =
    (SELECT COUNT(*) FROM article_comment c WHERE c.article_id = a.id AND c.status = 'APPROVED')
WHERE MOD(a.id, 10) = 0;

ANALYZE;
