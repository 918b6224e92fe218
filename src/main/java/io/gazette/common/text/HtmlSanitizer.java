package io.gazette.common.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Cleans article HTML on write: structure and links stay, scripts, styles and event handlers go. */
public final class HtmlSanitizer {

    private static final Safelist ARTICLE_HTML = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr")
            .addAttributes(":all", "dir", "lang")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, "", ARTICLE_HTML, COMPACT);
    }
}
