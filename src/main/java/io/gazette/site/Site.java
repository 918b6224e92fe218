package io.gazette.site;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;

/** The publication's identity, one row; a null field is not set yet (SiteService supplies the stand-in). */
@Entity
public class Site {

    public static final long ID = 1;

    @Id
    public Long id;

    @Column(length = SiteLimits.NAME)
    public String name;

    @Column(length = SiteLimits.DESCRIPTION)
    public String description;

    @Column(length = SiteLimits.URL)
    public String url;

    @Column(name = "logo_url", length = SiteLimits.URL)
    public String logoUrl;

    @Column(name = "default_language", length = SiteLimits.LANGUAGE)
    public String defaultLanguage;

    /** Labels by language; part of the site's state, so changing them raises its version like any field. */
    @ElementCollection
    @CollectionTable(name = "site_label", joinColumns = @JoinColumn(name = "site_id"))
    @MapKeyColumn(name = "language", length = SiteLimits.LANGUAGE)
    public Map<String, LabelTexts> labels = new HashMap<>();

    @Version
    public long version;
}
