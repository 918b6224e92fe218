package io.gazette.feed;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One feed before it is written in a format: what RSS, Atom and JSON Feed all say, and the surrogate keys of what it
 * shows (the list it mirrors, each item, the names in it, the site).
 */
record Feed(String title, String description, String homeUrl, String selfUrl, String language, String siteName,
            Instant updated, List<Item> items, Set<String> keys) {

    record Item(String url, String title, String summary, String contentHtml, Instant publishedAt, Instant updatedAt,
                List<Person> authors, List<String> categories, String imageUrl) {
    }

    /** An author, with the front end's page of them (null for a byline). */
    record Person(String name, String url) {
    }
}
