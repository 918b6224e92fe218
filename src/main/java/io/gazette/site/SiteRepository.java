package io.gazette.site;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SiteRepository implements PanacheRepository<Site> {

    /** The one row, which V14__site.sql inserts. */
    public Site current() {
        return findByIdOptional(Site.ID).orElseThrow(() -> new IllegalStateException("The site row is missing; V14__site.sql inserts it"));
    }
}
