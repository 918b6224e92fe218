package io.gazette.site;

/** Longest texts of the site's settings, read by the columns (V14__site.sql) and the input checks alike. */
public final class SiteLimits {

    public static final int NAME = 120;
    public static final int DESCRIPTION = 500;
    public static final int URL = 2000;
    public static final int LANGUAGE = 35;
    public static final int SHORT_LABEL = 100;
    public static final int NOTICE = 500;

    private SiteLimits() {
    }
}
