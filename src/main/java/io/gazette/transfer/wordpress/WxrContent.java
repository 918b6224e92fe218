package io.gazette.transfer.wordpress;

import io.gazette.common.text.PlainText;
import io.gazette.common.text.Slugs;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/** WordPress's text conventions, turned into Gazette's: post bodies, plain texts, dates. */
final class WxrContent {

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[\\s\\S]*?-->\\n?");
    private static final Pattern SHORTCODE = Pattern.compile("\\[(?![/\\[])([a-zA-Z][a-zA-Z0-9_-]*)(?=[\\s\\]/])[^\\]\\[]*\\]");
    private static final Pattern BLOCK_TAG = Pattern.compile("<(?:p|div|h[1-6]|ul|ol|table|blockquote|figure|pre|section)[\\s>]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final Document.OutputSettings RAW = new Document.OutputSettings().prettyPrint(false);

    /** A post's body and what was found in it. */
    record Body(String html, int blockComments, Map<String, Integer> shortcodes) {
    }

    private WxrContent() {
    }

    /**
     * Gutenberg's block comments dropped (the HTML between them stays); a classic-editor body, which WordPress stores
     * without paragraphs and wraps on display (wpautop), put in paragraphs; shortcodes kept as text and counted by name.
     * The sanitiser runs after this, on the way into the article.
     */
    static Body body(String content) {
        String text = content == null ? "" : content.replace("\r\n", "\n");
        Matcher blocks = BLOCK_COMMENT.matcher(text);
        int blockCount = 0;
        StringBuilder withoutBlocks = new StringBuilder();
        while (blocks.find()) {
            blockCount++;
            blocks.appendReplacement(withoutBlocks, "");
        }
        blocks.appendTail(withoutBlocks);
        text = withoutBlocks.toString();
        Map<String, Integer> shortcodes = new TreeMap<>();
        Matcher shortcode = SHORTCODE.matcher(text);
        while (shortcode.find()) {
            shortcodes.merge(shortcode.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        if (blockCount == 0 && !BLOCK_TAG.matcher(text).find()) {
            text = paragraphs(text);
        }
        return new Body(text.strip(), blockCount, shortcodes);
    }

    /** wpautop's main rule: blank lines part paragraphs, a single line break is a {@code <br>}. */
    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(text.strip())) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip().replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return html.toString();
    }

    /** Text without markup, entities decoded, line breaks kept (titles, excerpts, comments, names). */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        return Parser.unescapeEntities(Jsoup.clean(html, "", Safelist.none(), RAW), false).strip();
    }

    /** Plain text on one line: control characters, line breaks and bidirectional overrides become spaces. */
    static String line(String html) {
        String text = plain(html);
        return text == null ? null : PlainText.Validator.SINGLE_LINE.matcher(text).replaceAll(" ").replaceAll(" {2,}", " ").strip();
    }

    /** Plain text over several lines, without the control characters and overrides Gazette refuses. */
    static String lines(String html) {
        String text = plain(html);
        return text == null ? null : PlainText.Validator.MULTILINE.matcher(text).replaceAll("").strip();
    }

    /** A {@code *_gmt} date; null for WordPress's "0000-00-00 00:00:00" (never set) and anything unreadable. */
    static Instant gmt(String value) {
        if (value == null || value.isBlank() || value.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), WORDPRESS_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Percent-decodes a slug as WordPress stores Unicode ones ({@code %d8%b3...}); the input when it is not valid. */
    static String decodeSlug(String slug) {
        if (slug == null || slug.indexOf('%') < 0) {
            return slug;
        }
        try {
            return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug;
        }
    }

    /** A valid slug from WordPress's, else from the name, else the fallback. */
    static String slug(String wordpressSlug, String name, String fallback) {
        String decoded = decodeSlug(wordpressSlug);
        if (decoded != null) {
            decoded = Normalizer.normalize(decoded.strip(), Normalizer.Form.NFC);
            if (decoded.length() <= Slugs.MAX_LENGTH && decoded.matches(Slugs.PATTERN)) {
                return decoded;
            }
            String made = Slugs.fromTitle(decoded);
            if (!made.isEmpty()) {
                return made;
            }
        }
        String fromName = name == null ? "" : Slugs.fromTitle(name);
        return fromName.isEmpty() ? fallback : fromName;
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
