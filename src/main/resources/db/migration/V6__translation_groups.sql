-- Articles that are translations of each other share a group (the id of the group's first article).
ALTER TABLE article ADD COLUMN translation_group_id BIGINT;
CREATE INDEX ix_article_translation_group ON article (translation_group_id, language);
