-- An author's role line for one article ("Expert on regional affairs" on one piece, while the author's own
-- role_line says "Expert on international affairs"). NULL: the author's own role line applies.
ALTER TABLE article_author ADD COLUMN role VARCHAR(200);
