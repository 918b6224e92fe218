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
 * empty database.
 */
@ApplicationScoped
public class SiteDemoLoader {

    private static final Logger LOG = Logger.getLogger(SiteDemoLoader.class);
    private static final String SETTINGS = "/demo/site.json";

    private final ObjectMapper json;
    private final SiteService site;

    SiteDemoLoader(ObjectMapper json, SiteService site) {
        this.json = json;
        this.site = site;
    }

    void onDemoLoading(@Observes DemoContentLoading event) {
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
