-- H2 searches the normalised columns with LIKE (see ArticleSearch); nothing to add beyond V2.
-- This version exists so both databases report the same schema version.
SELECT 1;
