package io.gazette.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.article.ArticleRepository;
import io.gazette.common.api.IfMatch;
import io.gazette.demo.DemoConfig;
import io.gazette.common.persistence.SchemaReady;
import io.gazette.site.dto.SiteSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Sets the demo publication's name and labels (demo/site.json) on the database the demo content fills:
 * same setting and same empty-database test as DemoContentLoader, checked just before it runs.
 */
@ApplicationScoped
public class SiteDemoLoader {

    private static final Logger LOG = Logger.getLogger(SiteDemoLoader.class);
    private static final String SETTINGS = "/demo/site.json";

    private final DemoConfig config;
    private final ObjectMapper json;
    private final ArticleRepository articles;
    private final SiteService site;

    SiteDemoLoader(DemoConfig config, ObjectMapper json, ArticleRepository articles, SiteService site) {
        this.config = config;
        this.json = json;
        this.articles = articles;
        this.site = site;
    }

    // Priority 1: DemoContentLoader (priority 2) fills the database, after which it no longer looks empty.
    @Transactional
    void onStart(@Observes @Priority(1) SchemaReady event) {
        if (!config.demoContent() || articles.count() > 0) {
            return;
        }
        SiteSettings settings = read();
        site.replace(settings, new IfMatch("*"));
        LOG.infof("Loaded demo site settings: %s, labels in %s", settings.name(), settings.labels().keySet());
    }

    private SiteSettings read() {
        try (InputStream in = SiteDemoLoader.class.getResourceAsStream(SETTINGS)) {
            return json.readValue(in, SiteSettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo site settings " + SETTINGS + " are unreadable", e);
        }
    }
}
