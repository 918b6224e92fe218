package io.gazette.transfer.wordpress;

import io.gazette.transfer.ImportRejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.2) one entry at a time with StAX, so a file of any size needs the memory of its
 * largest item only. Refuses, as {@link ImportRejected} with the line and column, a file that is not well-formed XML,
 * whose root is not {@code rss}, or that has no {@code wp:wxr_version} 1.2 before its first item. DTDs and external
 * entities are never read.
 */
final class WxrReader implements AutoCloseable {

    static final String SUPPORTED_VERSION = "1.2";
    private static final String WP = "http://wordpress.org/export/";
    private static final String EXCERPT_SUFFIX = "/excerpt/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    /** What the channel says about the site, read before the first entry. */
    record Channel(String version, String baseSiteUrl, String link, String title) {
    }

    private final InputStream input;
    private final XMLStreamReader xml;
    private Channel channel;

    private WxrReader(InputStream input, XMLStreamReader xml) {
        this.input = input;
        this.xml = xml;
    }

    static WxrReader open(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        InputStream input = null;
        try {
            input = Files.newInputStream(file);
            return new WxrReader(input, factory.createXMLStreamReader(input));
        } catch (XMLStreamException e) {
            closeQuietly(input);
            throw rejected(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The channel's header, reading up to the first author, term or item; refuses anything but WXR 1.2. */
    Channel channel() {
        if (channel != null) {
            return channel;
        }
        try {
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !"rss".equals(xml.getLocalName())) {
                throw new ImportRejected("Not a WordPress export (WXR): the root element is <" + xml.getLocalName()
                        + ">, not <rss>", line(), column());
            }
            String version = null;
            String baseSiteUrl = null;
            String link = null;
            String title = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = qualified();
                if (name.equals("item") || name.equals("wp:author") || name.equals("wp:category")
                        || name.equals("wp:tag") || name.equals("wp:term")) {
                    break;
                }
                switch (name) {
                    case "wp:wxr_version" -> version = text();
                    case "wp:base_site_url" -> baseSiteUrl = text();
                    case "link" -> link = link == null ? text() : link;
                    case "title" -> title = title == null ? text() : title;
                    default -> { }
                }
            }
            if (version == null) {
                throw new ImportRejected("Not a WordPress export (WXR): no <wp:wxr_version> in the channel before its first entry",
                        line(), column());
            }
            if (!SUPPORTED_VERSION.equals(version)) {
                throw new ImportRejected("Unsupported WXR version " + version + ": Gazette reads WXR " + SUPPORTED_VERSION
                        + " (WordPress 3.4 and later)", line(), column());
            }
            String site = baseSiteUrl != null ? baseSiteUrl : link;
            if (site == null || site.isBlank()) {
                throw new ImportRejected("The export names no site (<wp:base_site_url> or <link>): imported items could not be told apart from another site's",
                        line(), column());
            }
            channel = new Channel(version, site.strip(), link, title);
            return channel;
        } catch (XMLStreamException e) {
            throw rejected(e);
        }
    }

    /** The next author, term or item, or null at the end of the file. */
    WxrEntry next() {
        channel();
        try {
            while (true) {
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    WxrEntry entry = switch (qualified()) {
                        case "item" -> item();
                        case "wp:author" -> author();
                        case "wp:category" -> term("category", "wp:category_nicename", "wp:cat_name", "wp:category_description");
                        case "wp:tag" -> term("post_tag", "wp:tag_slug", "wp:tag_name", "wp:tag_description");
                        case "wp:term" -> term(null, "wp:term_slug", "wp:term_name", "wp:term_description");
                        default -> null;
                    };
                    if (entry != null) {
                        return entry;
                    }
                }
                if (!xml.hasNext()) {
                    return null;
                }
                if (xml.next() == XMLStreamConstants.END_DOCUMENT) {
                    return null;
                }
            }
        } catch (XMLStreamException e) {
            throw rejected(e);
        }
    }

    long line() {
        return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
    }

    long column() {
        return xml.getLocation() == null ? 0 : xml.getLocation().getColumnNumber();
    }

    private WxrEntry.Author author() throws XMLStreamException {
        Map<String, String> fields = flat();
        return new WxrEntry.Author(fields.get("wp:author_id"), fields.get("wp:author_login"), fields.get("wp:author_email"),
                fields.get("wp:author_display_name"), fields.get("wp:author_first_name"), fields.get("wp:author_last_name"));
    }

    private WxrEntry.Term term(String taxonomy, String slug, String name, String description) throws XMLStreamException {
        Map<String, String> fields = flat();
        return new WxrEntry.Term(taxonomy != null ? taxonomy : fields.get("wp:term_taxonomy"), fields.get(slug),
                fields.get(name), fields.get(description));
    }

    /** The text of each child element of the current one, by qualified name; leaves the reader at its end tag. */
    private Map<String, String> flat() throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = qualified();
            fields.put(name, text());
        }
        return fields;
    }

    private WxrEntry.Item item() throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        List<WxrEntry.ItemTerm> terms = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        List<WxrEntry.Comment> comments = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = qualified();
            switch (name) {
                case "category" -> {
                    String domain = xml.getAttributeValue(null, "domain");
                    String nicename = xml.getAttributeValue(null, "nicename");
                    terms.add(new WxrEntry.ItemTerm(domain, nicename, text()));
                }
                case "wp:postmeta" -> {
                    Map<String, String> pair = flat();
                    meta.putIfAbsent(pair.getOrDefault("wp:meta_key", ""), pair.getOrDefault("wp:meta_value", ""));
                }
                case "wp:comment" -> comments.add(comment());
                default -> fields.putIfAbsent(name, text());
            }
        }
        return new WxrEntry.Item(fields.get("wp:post_id"), fields.getOrDefault("wp:post_type", "post"),
                fields.get("wp:status"), fields.get("title"), fields.get("link"), fields.get("guid"),
                fields.get("content:encoded"), fields.get("excerpt:encoded"), fields.get("dc:creator"),
                fields.get("wp:post_date_gmt"), fields.get("wp:post_modified_gmt"), fields.get("wp:post_name"),
                fields.get("wp:comment_status"), fields.get("wp:attachment_url"), terms, meta, comments);
    }

    private WxrEntry.Comment comment() throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = qualified();
            if (name.equals("wp:commentmeta")) {
                skipElement();
            } else {
                fields.put(name, text());
            }
        }
        return new WxrEntry.Comment(fields.get("wp:comment_id"), fields.get("wp:comment_author"),
                fields.get("wp:comment_author_email"), fields.get("wp:comment_author_IP"), fields.get("wp:comment_date_gmt"),
                fields.get("wp:comment_content"), fields.get("wp:comment_approved"), fields.get("wp:comment_type"),
                fields.get("wp:comment_parent"));
    }

    /** The text of the current element, nested markup included as text; leaves the reader at its end tag. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of file", xml.getLocation());
                default -> { }
            }
        }
        return text.toString();
    }

    private void skipElement() throws XMLStreamException {
        text();
    }

    /** The element's name with the prefix WordPress uses for its namespace, whatever prefix the file declares. */
    private String qualified() {
        String namespace = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (namespace == null || namespace.isEmpty()) {
            return local;
        }
        if (namespace.startsWith(WP)) {
            return (namespace.endsWith(EXCERPT_SUFFIX) ? "excerpt:" : "wp:") + local;
        }
        if (namespace.equals(CONTENT)) {
            return "content:" + local;
        }
        if (namespace.equals(DC)) {
            return "dc:" + local;
        }
        return "{" + namespace + "}" + local;
    }

    private static ImportRejected rejected(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // the StAX message starts with its own "ParseError at [row,col]:" preamble
        int preamble = message.indexOf("Message: ");
        if (preamble >= 0) {
            message = message.substring(preamble + "Message: ".length());
        }
        return at == null ? new ImportRejected("Malformed XML: " + message.strip())
                : new ImportRejected("Malformed XML at line " + at.getLineNumber() + ", column " + at.getColumnNumber()
                        + ": " + message.strip(), at.getLineNumber(), at.getColumnNumber());
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the input stream below is closed anyway
        }
        closeQuietly(input);
    }

    private static void closeQuietly(InputStream input) {
        if (input != null) {
            try {
                input.close();
            } catch (IOException e) {
                // nothing was written; nothing to keep
            }
        }
    }
}
