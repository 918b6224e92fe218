package io.gazette.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.feed.dto.JsonFeed;
import io.gazette.feed.dto.JsonFeedAuthor;
import io.gazette.feed.dto.JsonFeedItem;
import java.util.List;

/** JSON Feed 1.1 with the application's Jackson (timestamps as RFC 3339, as the specification asks). */
final class JsonFeeds {

    private JsonFeeds() {
    }

    static byte[] write(Feed feed, ObjectMapper json) {
        List<JsonFeedItem> items = feed.items().stream().map(item -> new JsonFeedItem(item.url(), item.url(), item.title(),
                item.contentHtml(), item.contentHtml() == null ? (item.summary() != null ? item.summary() : item.title()) : null,
                item.summary(), item.imageUrl(), item.publishedAt(), item.updatedAt(),
                item.authors().isEmpty() ? null : item.authors().stream().map(JsonFeeds::author).toList(),
                item.categories(), feed.language())).toList();
        JsonFeed document = new JsonFeed(JsonFeed.VERSION, feed.title(), feed.homeUrl(), feed.selfUrl(), feed.description(),
                List.of(new JsonFeedAuthor(feed.siteName(), feed.homeUrl())), feed.language(), items);
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Jackson could not write a JSON Feed", e);
        }
    }

    private static JsonFeedAuthor author(Feed.Person person) {
        return new JsonFeedAuthor(person.name(), person.url());
    }
}
