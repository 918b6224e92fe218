-- A change of schedule (publishAt, unpublishAt) is a change to the article too, and keeps a revision.
ALTER TABLE article_revision ADD COLUMN publish_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE article_revision ADD COLUMN unpublish_at TIMESTAMP(6) WITH TIME ZONE;
