-- The publication's identity: a single row (id 1). A NULL column is not set yet, and the service answers
-- with its stand-in (gazette.site.name, gazette.site.url, the first of gazette.languages).
CREATE TABLE site (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name             VARCHAR(120),
    description      VARCHAR(500),
    url              VARCHAR(2000),
    logo_url         VARCHAR(2000),
    default_language VARCHAR(35),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT site_single_row CHECK (id = 1)
);
INSERT INTO site (id, version) VALUES (1, 0);

-- Texts a front end shows around the content, per language. A NULL label falls back to the default
-- language's, then to Gazette's English one.
CREATE TABLE site_label (
    site_id                BIGINT       NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    language               VARCHAR(35)  NOT NULL,
    latest_content         VARCHAR(100),
    comment_count          VARCHAR(100),
    submit_comment         VARCHAR(100),
    comment_privacy_notice VARCHAR(500),
    PRIMARY KEY (site_id, language)
);
