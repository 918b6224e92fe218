package io.gazette.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.common.api.IfMatch;
import io.gazette.demo.DemoContentLoading;
import io.gazette.site.dto.SiteSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Sets the demo publication's name and labels (demo/site.json) when the demo content is loaded into an
 * empty database; and its URL, unless gazette.site.url is set, which then stays the site's URL as documented.
 */
@ApplicationScoped
public class SiteDemoLoader {

    private static final Logger LOG = Logger.getLogger(SiteDemoLoader.class);
    private static final String SETTINGS = "/demo/site.json";

    private final ObjectMapper json;
    private final SiteService site;
    private final SiteConfig config;

    SiteDemoLoader(ObjectMapper json, SiteService site, SiteConfig config) {
        this.json = json;
        this.site = site;
        this.config = config;
    }

    void onDemoLoading(@Observes DemoContentLoading event) {
        SiteSettings demo = read();
        SiteSettings settings = config.url().isEmpty() ? demo
                : new SiteSettings(demo.name(), demo.description(), null, demo.logoUrl(), demo.defaultLanguage(), demo.labels());
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
