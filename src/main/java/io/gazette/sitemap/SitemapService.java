package io.gazette.sitemap;

import io.gazette.common.config.SettingRange;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import io.gazette.common.text.Hashes;
import io.gazette.event.EventPositions;
import io.gazette.language.Languages;
import io.gazette.language.dto.LanguageView;
import io.gazette.site.FrontEnd;
import io.gazette.site.SiteService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/** The sitemap index, each language's sitemaps of published articles, and the Google News sitemap. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class SitemapService {

    private final SitemapRows rows;
    private final SiteService site;
    private final Languages languages;
    private final SitemapConfig config;
    private final Clock clock;
    private final EventPositions events;

    SitemapService(SitemapRows rows, SiteService site, Languages languages, SitemapConfig config, Clock clock, EventPositions events) {
        this.rows = rows;
        this.site = site;
        this.languages = languages;
        this.config = config;
        this.clock = clock;
        this.events = events;
    }

    /** The sitemaps protocol allows 50,000 URLs a file; Google News reads up to 1,000. */
    void checkSettings(@Observes @Priority(SettingRange.BEFORE_OTHER_STARTUP_WORK) StartupEvent started) {
        SettingRange.require("gazette.sitemaps.max-urls", config.maxUrls(), 1, 50_000);
        SettingRange.require("gazette.sitemaps.news-max-urls", config.newsMaxUrls(), 1, 1_000);
    }

    /** Whether there are sitemaps to name: they link to the front end's pages, so not while the site has no URL. */
    public boolean available() {
        return site.hasUrl();
    }

    /**
     * The addresses of every language's sitemaps (as many as its published articles need at gazette.sitemaps.max-urls
     * each, and page 1 even while a language has nothing published, so that its first article needs no new index) and
     * of the News sitemap, under {@code base}, the address this
     * API was reached at.
     */
    public byte[] index(String base) throws XMLStreamException {
        site.frontEnd();
        Map<String, Long> published = rows.publishedPerLanguage();
        List<String> sitemaps = new ArrayList<>();
        for (String language : codes()) {
            long count = published.getOrDefault(language, 0L);
            long pages = Math.max(1, (count + config.maxUrls() - 1) / config.maxUrls());
            for (long page = 1; page <= pages; page++) {
                sitemaps.add(base + "sitemaps/" + language + "/" + page + ".xml");
            }
        }
        sitemaps.add(base + "sitemaps/news.xml");
        return SitemapXml.index(sitemaps);
    }

    /** A language sitemap's entity tag and the body, written only if it is sent. */
    public record LanguageSitemap(String etag, StreamingOutput body) {
    }

    /**
     * One language's sitemap, streamed. Page 1 of a configured language always exists (empty while nothing is
     * published); a later page exists while it has an article, which one indexed look-up tells before the answer
     * starts (and which also turns a database outage into a 503 rather than a cut-off file).
     * <p>
     * Its entity tag is weak (the same for the gzipped and the plain body) and made of what the file is made of without
     * reading it: the last event's position (every write readers can see commits one: a publication, an edit, a
     * translation linked, an unpublication), the site's version (its URL) and the settings that shape the file. So it
     * changes whenever the file may have, and more often than strictly needed (any public write anywhere), never less.
     */
    public LanguageSitemap language(String language, String page) {
        if (!codes().contains(language)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No sitemap for language '" + language + "': sitemaps exist for "
                    + String.join(", ", codes()));
        }
        long number = pageNumber(page);
        long offset = (number - 1) * config.maxUrls();
        FrontEnd front = site.frontEnd();
        if (number > 1 && !rows.exists(language, offset)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Sitemap " + number + " of '" + language + "' is past its last (see /sitemap.xml)");
        }
        String state = String.join("|", "sitemap", language, Long.toString(number), Integer.toString(config.maxUrls()),
                Long.toString(events.last()), Long.toString(site.version()), front.url(), front.defaultLanguage(),
                front.paths().articlePath());
        return new LanguageSitemap("W/\"" + Hashes.sha256Hex(state).substring(0, 24) + "\"", out -> write(out, language, offset, front));
    }

    private void write(OutputStream out, String language, long offset, FrontEnd front) throws IOException {
        try (SitemapXml urlset = SitemapXml.urlset(out)) {
            rows.stream(language, offset, config.maxUrls(), url -> urlset.url(url, front));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // the answer has started: it ends cut off, which crawlers refuse and fetch again
            throw new IOException("The sitemap stopped: " + e.getMessage(), e);
        }
    }

    /** Articles published within gazette.sitemaps.news-window of the clock's now, newest first. */
    public byte[] news() throws XMLStreamException {
        FrontEnd front = site.frontEnd();
        Instant now = clock.instant();
        return SitemapXml.news(rows.news(now.minus(config.newsWindow()), now, config.newsMaxUrls()), front);
    }

    private List<String> codes() {
        return languages.all().stream().map(LanguageView::code).toList();
    }

    /** A page number as the path spells it: 1, 2, ...; anything else names no sitemap. */
    private static long pageNumber(String page) {
        if (page.matches("[1-9]\\d{0,8}")) {
            return Long.parseLong(page);
        }
        throw new ProblemException(ProblemType.NOT_FOUND, "No sitemap '" + page + ".xml': sitemaps are numbered from 1");
    }
}
