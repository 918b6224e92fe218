package io.gazette.change;

import io.gazette.article.query.ArticleReads;
import io.gazette.author.AuthorService;
import io.gazette.change.ChangeTokens.Cursor;
import io.gazette.change.dto.ChangePage;
import io.gazette.change.dto.ChangeView;
import io.gazette.common.error.ProblemException;
import io.gazette.common.persistence.SqlReads;
import io.gazette.event.EventPositions;
import io.gazette.event.PublicEvent;
import io.gazette.tag.TagService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The change feed: the public resources (articles, authors, tags) each committed event changed, in commit order, read
 * from outbox_event after the client's token. Each item carries the resource as it is when the page is read (its
 * public representation, or a tombstone when it is not public now), so a client that applies the items in order ends
 * with the current public state even when a resource changed again meanwhile; the later change comes again later.
 * Paging is stable while writes go on, across instances: positions are gap-free and in commit order, and a page only
 * reads up to the head position read before it (every position below a committed one is committed).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeed {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    private final SqlReads sql;
    private final ChangeTokens tokens;
    private final ArticleReads articles;
    private final AuthorService authors;
    private final TagService tags;
    private final EventPositions positions;

    ChangeFeed(SqlReads sql, ChangeTokens tokens, ArticleReads articles, AuthorService authors, TagService tags, EventPositions positions) {
        this.sql = sql;
        this.tokens = tokens;
        this.articles = articles;
        this.authors = authors;
        this.tags = tags;
        this.positions = positions;
    }

    private record Ref(String event, Instant occurredAt, String resource, long id) {
    }

    private record EventRow(long position, String type, Instant occurredAt, String[] resources) {
    }

    /** Without a token: none of the changes so far, and the token of what comes next. */
    public ChangePage read(String since, int size) {
        long head = positions.last();
        if (since == null) {
            return new ChangePage(List.of(), tokens.sign(new Cursor(head + 1, 0)), false);
        }
        Cursor from = tokens.verify(since);
        if (from.position() > head + 1) {
            throw ProblemException.invalidField("since", "is ahead of this feed (a token from another database?); start again without since");
        }
        List<Ref> refs = new ArrayList<>();
        Cursor next = null;
        long position = from.position();
        read:
        while (position <= head) {
            List<EventRow> events = new ArrayList<>();
            sql.select("select position, type, occurred_at, resources from outbox_event where position >= :from and position <= :head"
                            + " and resources <> '' order by position limit " + size,
                    Map.of("from", position, "head", head),
                    row -> events.add(new EventRow(row.getLong(1), row.getString(2), SqlReads.instant(row, 3), row.getString(4).split(" "))));
            if (events.isEmpty()) {
                break;
            }
            for (EventRow event : events) {
                String[] resources = event.resources();
                for (int i = event.position() == from.position() ? from.index() : 0; i < resources.length; i++) {
                    if (refs.size() == size) {
                        next = new Cursor(event.position(), i);
                        break read;
                    }
                    int colon = resources[i].indexOf(':');
                    refs.add(new Ref(event.type(), event.occurredAt(), resources[i].substring(0, colon),
                            Long.parseLong(resources[i].substring(colon + 1))));
                }
                position = event.position() + 1;
            }
        }
        boolean more = next != null;
        return new ChangePage(render(refs), tokens.sign(more ? next : new Cursor(head + 1, 0)), more);
    }

    /**
     * Each resource once per page, where it last changed in it, as it is now. Three batches of reads: the articles,
     * authors and tags on the page.
     */
    private List<ChangeView> render(List<Ref> refs) {
        Map<String, Ref> last = new LinkedHashMap<>();
        for (Ref ref : refs) {
            String key = ref.resource() + ":" + ref.id();
            last.remove(key);
            last.put(key, ref);
        }
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        last.values().forEach(ref -> ids.computeIfAbsent(ref.resource(), kind -> new ArrayList<>()).add(ref.id()));
        Map<Long, ?> articleViews = articles.publishedByIds(ids.getOrDefault(PublicEvent.ARTICLE, List.of()));
        Map<Long, ?> authorViews = authors.publicViews(ids.getOrDefault(PublicEvent.AUTHOR, List.of()));
        Map<Long, ?> tagViews = tags.publicViews(ids.getOrDefault(PublicEvent.TAG, List.of()));
        List<ChangeView> items = new ArrayList<>(last.size());
        for (Ref ref : last.values()) {
            Object now = switch (ref.resource()) {
                case PublicEvent.ARTICLE -> articleViews.get(ref.id());
                case PublicEvent.AUTHOR -> authorViews.get(ref.id());
                case PublicEvent.TAG -> tagViews.get(ref.id());
                default -> null;
            };
            items.add(new ChangeView(ref.event(), ref.occurredAt(), ref.resource(), ref.id(), now == null ? "delete" : "upsert", now));
        }
        return items;
    }
}
