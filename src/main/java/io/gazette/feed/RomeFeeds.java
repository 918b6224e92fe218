package io.gazette.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.nio.charset.StandardCharsets;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS 2.0 and Atom 1.0 through Rome. The language goes in RSS's {@code <language>} and as Atom's {@code xml:lang};
 * authors in RSS as {@code dc:creator} (RSS's own {@code <author>} is an email address, which
 * Gazette never shows); the body, when feeds carry
 * it, in {@code content:encoded} resp. {@code <content type="html">}; the lead as description resp. summary.
 */
final class RomeFeeds {

    private RomeFeeds() {
    }

    static byte[] write(Feed feed, FeedFormat format) {
        SyndFeed syndication = new SyndFeedImpl();
        syndication.setFeedType(format.romeType);
        syndication.setTitle(feed.title());
        syndication.setDescription(feed.description() != null ? feed.description() : feed.title());
        syndication.setLink(feed.homeUrl());
        syndication.setUri(feed.selfUrl());
        syndication.setLanguage(feed.language());
        syndication.setPublishedDate(Date.from(feed.updated()));
        syndication.setLinks(List.of(link("alternate", feed.homeUrl(), "text/html"), link("self", feed.selfUrl(), format.mediaType)));
        if (format == FeedFormat.ATOM) {
            // Atom wants an author on every entry; the publication stands in for pieces credited to nobody
            syndication.setAuthors(List.of(person(new Feed.Person(feed.siteName(), feed.homeUrl()))));
        }
        List<SyndEntry> entries = new ArrayList<>(feed.items().size());
        for (Feed.Item item : feed.items()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(item.title());
            entry.setLink(item.url());
            entry.setUri(item.url());
            entry.setPublishedDate(date(item.publishedAt()));
            entry.setUpdatedDate(date(item.updatedAt()));
            if (item.summary() != null) {
                entry.setDescription(content("text", item.summary()));
            }
            if (item.contentHtml() != null) {
                entry.setContents(List.of(content("html", item.contentHtml())));
            }
            entry.setAuthors(item.authors().stream().map(RomeFeeds::person).toList());
            if (format == FeedFormat.RSS) {
                ((DCModule) entry.getModule(DCModule.URI)).setCreators(item.authors().stream().map(Feed.Person::name).toList());
            }
            entry.setCategories(item.categories().stream().map(RomeFeeds::category).toList());
            entries.add(entry);
        }
        syndication.setEntries(entries);
        try {
            Document document = new SyndFeedOutput().outputJDom(syndication);
            if (format == FeedFormat.ATOM) {
                // Rome keeps an Atom feed's language but does not write it
                document.getRootElement().setAttribute("lang", feed.language(), Namespace.XML_NAMESPACE);
            }
            return new XMLOutputter(Format.getCompactFormat().setEncoding("UTF-8")).outputString(document).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the " + format + " feed", e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(Feed.Person author) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(author.name());
        person.setUri(author.url());
        return person;
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
