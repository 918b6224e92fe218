package io.gazette.feed;

import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import java.util.Arrays;

/** The formats a feed is offered in, by the extension of its path. */
public enum FeedFormat {
    RSS("rss", "application/rss+xml", "rss_2.0"),
    ATOM("atom", "application/atom+xml", "atom_1.0"),
    JSON("json", "application/feed+json", null);

    public static final String RSS_TYPE = "application/rss+xml";
    public static final String ATOM_TYPE = "application/atom+xml";
    public static final String JSON_TYPE = "application/feed+json";

    final String extension;
    final String mediaType;
    /** Rome's name of the format; null for JSON Feed, which Jackson writes. */
    final String romeType;

    FeedFormat(String extension, String mediaType, String romeType) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.romeType = romeType;
    }

    /** A path whose extension names no format is no feed: a 404, like any other unknown path. */
    static FeedFormat fromExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "No feed format '" + extension + "': articles.rss, articles.atom or articles.json"));
    }
}
