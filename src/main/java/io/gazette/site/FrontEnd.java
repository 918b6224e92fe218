package io.gazette.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The front end's addresses, for feeds and sitemaps: the effective site URL (the admin's, else gazette.site.url) and
 * the configured path of each kind of page, with every placeholder percent-encoded as one path segment (slugs may be
 * Persian or Arabic).
 */
public record FrontEnd(String name, String description, String url, String defaultLanguage, SiteConfig paths) {

    public String home(String language) {
        return resolve(paths.homePath(), language, null, null);
    }

    public String article(String slug, String language, String section) {
        return resolve(paths.articlePath(), language, section, slug);
    }

    public String section(String section, String language) {
        return resolve(paths.sectionPath(), language, section, null);
    }

    public String tag(String slug, String language) {
        return resolve(paths.tagPath(), language, null, slug);
    }

    public String author(String slug, String language) {
        return resolve(paths.authorPath(), language, null, slug);
    }

    private String resolve(String pattern, String language, String section, String slug) {
        String path = pattern;
        if (language != null) {
            path = path.replace("{language}", segment(language));
        }
        if (section != null) {
            path = path.replace("{section}", segment(section));
        }
        if (slug != null) {
            path = path.replace("{slug}", segment(slug));
        }
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
