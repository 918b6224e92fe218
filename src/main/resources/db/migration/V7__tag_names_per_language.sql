-- A tag's name and description in other languages than the one it was created in.
CREATE TABLE tag_translation (
    tag_id      BIGINT       NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    language    VARCHAR(35)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(2000),
    PRIMARY KEY (tag_id, language)
);
