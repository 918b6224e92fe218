package io.gazette.sitemap;

import io.gazette.site.FrontEnd;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps (sitemaps.org 0.9) with hreflang alternates (xhtml:link) and Google News entries, written with StAX as rows
 * arrive. No maintained Java sitemap library writes to a stream: sitemapgen4j writes files into a directory and
 * jsitemapgenerator builds the whole document as a string, both holding every URL first.
 */
final class SitemapXml implements AutoCloseable {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private SitemapXml(OutputStream out, String root, String... namespaces) throws XMLStreamException {
        xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(SITEMAP_NS);
        xml.writeStartElement(SITEMAP_NS, root);
        xml.writeDefaultNamespace(SITEMAP_NS);
        for (int i = 0; i < namespaces.length; i += 2) {
            xml.setPrefix(namespaces[i], namespaces[i + 1]);
            xml.writeNamespace(namespaces[i], namespaces[i + 1]);
        }
    }

    /** A sitemap index of these sitemaps' addresses. */
    static byte[] index(List<String> sitemaps) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SitemapXml index = new SitemapXml(out, "sitemapindex")) {
            for (String sitemap : sitemaps) {
                index.xml.writeStartElement(SITEMAP_NS, "sitemap");
                index.element(SITEMAP_NS, "loc", sitemap);
                index.xml.writeEndElement();
            }
        }
        return out.toByteArray();
    }

    /** A sitemap of articles, each with its translations as alternates, written to {@code out} as {@link #url} is called. */
    static SitemapXml urlset(OutputStream out) throws XMLStreamException {
        return new SitemapXml(out, "urlset", "xhtml", XHTML_NS);
    }

    /**
     * One article. With translations, every edition (itself included, as Google asks) as an alternate, and x-default
     * the edition in the site's default language when the group has one: readers whose language has no edition land
     * on the one the site considers its own. Each edition's entry lists the same set, so the pairs link both ways.
     */
    void url(SitemapRows.Url url, FrontEnd front) throws XMLStreamException {
        xml.writeStartElement(SITEMAP_NS, "url");
        element(SITEMAP_NS, "loc", front.article(url.slug(), url.language(), url.section()));
        if (url.updatedAt() != null) {
            element(SITEMAP_NS, "lastmod", time(url.updatedAt()));
        }
        if (url.editions().size() > 1) {
            String fallback = null;
            for (SitemapRows.Edition edition : url.editions()) {
                String href = front.article(edition.slug(), edition.language(), edition.section());
                alternate(edition.language(), href);
                if (edition.language().equals(front.defaultLanguage())) {
                    fallback = href;
                }
            }
            if (fallback != null) {
                alternate("x-default", fallback);
            }
        }
        xml.writeEndElement();
    }

    /** The Google News sitemap of these articles. */
    static byte[] news(List<SitemapRows.News> articles, FrontEnd front) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SitemapXml news = new SitemapXml(out, "urlset", "news", NEWS_NS)) {
            for (SitemapRows.News article : articles) {
                news.xml.writeStartElement(SITEMAP_NS, "url");
                news.element(SITEMAP_NS, "loc", front.article(article.slug(), article.language(), article.section()));
                news.xml.writeStartElement(NEWS_NS, "news");
                news.xml.writeStartElement(NEWS_NS, "publication");
                news.element(NEWS_NS, "name", front.name());
                news.element(NEWS_NS, "language", article.language());
                news.xml.writeEndElement();
                news.element(NEWS_NS, "publication_date", time(article.publishedAt()));
                news.element(NEWS_NS, "title", article.title());
                news.xml.writeEndElement();
                news.xml.writeEndElement();
            }
        }
        return out.toByteArray();
    }

    private void alternate(String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement(XHTML_NS, "link");
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    private void element(String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** W3C Datetime, to the second. */
    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
