package io.gazette.sitemap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gazette.support.TestData;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads sitemaps as a crawler does: namespace-aware XML, checked for the sitemaps.org elements. */
public final class Sitemaps {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

    private Sitemaps() {
    }

    /** One URL of a sitemap: its lastmod and its alternates by hreflang. */
    public record Url(String loc, String lastmod, Map<String, String> alternates, Element element) {
    }

    public static Document fetch(String path) {
        Response response = given().get(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/xml"), response.contentType());
        return parse(response.asByteArray());
    }

    public static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    /** The paths (on this service) of the sitemaps the index lists. */
    public static List<String> index() {
        Document index = fetch("/sitemap.xml");
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        List<String> paths = new ArrayList<>();
        NodeList locs = index.getElementsByTagNameNS(SITEMAP_NS, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            paths.add(URI.create(locs.item(i).getTextContent()).getPath());
        }
        return paths;
    }

    public static List<Url> urls(Document sitemap) {
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        List<Url> urls = new ArrayList<>();
        NodeList elements = sitemap.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < elements.getLength(); i++) {
            Element url = (Element) elements.item(i);
            Map<String, String> alternates = new LinkedHashMap<>();
            NodeList links = url.getElementsByTagNameNS(XHTML_NS, "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                assertEquals("alternate", link.getAttribute("rel"));
                alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            urls.add(new Url(text(url, SITEMAP_NS, "loc"), text(url, SITEMAP_NS, "lastmod"), alternates, url));
        }
        return urls;
    }

    public static Optional<Url> find(Document sitemap, String loc) {
        return urls(sitemap).stream().filter(url -> url.loc().equals(loc)).findFirst();
    }

    /** Every URL of a language's sitemaps, as the index lists them. */
    public static List<Url> language(String language) {
        List<Url> urls = new ArrayList<>();
        for (String path : index()) {
            if (path.startsWith("/sitemaps/" + language + "/")) {
                urls.addAll(urls(fetch(path)));
            }
        }
        return urls;
    }

    public static String text(Element parent, String namespace, String name) {
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    /** The front-end URL of an article, with the default article path (asks the API for the site URL: not per URL of a sitemap). */
    public static String articleUrl(String slug) {
        return TestData.siteUrl().replaceAll("/$", "") + "/articles/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
