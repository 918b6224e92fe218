package io.gazette.site.dto;

import io.gazette.common.api.Representation;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The site as the caller may see it: the public Site, or with an admin key the SiteSettings; view tells which. */
@Schema(name = "SiteForViewer", description = "The site as the caller may see it: the public Site, or with an admin key the SiteSettings; view tells which.",
        oneOf = {SiteView.class, SiteSettings.class}, discriminatorProperty = Representation.PROPERTY,
        discriminatorMapping = {
                @DiscriminatorMapping(value = Representation.PUBLIC, schema = SiteView.class),
                @DiscriminatorMapping(value = Representation.EDITOR, schema = SiteSettings.class)})
public sealed interface SiteForViewer permits SiteView, SiteSettings {
}
