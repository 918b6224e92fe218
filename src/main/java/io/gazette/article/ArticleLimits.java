package io.gazette.article;

/** Every text limit of an article, read by the column sizes, the input checks and the search index alike. */
public final class ArticleLimits {

    public static final int TITLE = 300;
    public static final int EXCERPT = 2000;
    public static final int BODY = 200_000;
    public static final int LANGUAGE = 35;
    public static final int BYLINE = 300;
    public static final int IMAGE_URL = 2000;
    public static final int IMAGE_ALT = 500;
    public static final int AUTHORS = 20;
    /** A role line for one article, as long as an author's own (author.role_line). */
    public static final int AUTHOR_ROLE = 200;
    public static final int TAGS = 30;
    public static final int SEARCH_LEAD = 10_000;

    private ArticleLimits() {
    }
}
