package io.gazette.language;

import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PagedList;
import io.gazette.common.web.SurrogateKeys;
import io.gazette.language.dto.LanguagePage;
import io.gazette.language.dto.LanguageView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/languages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Languages", description = "The languages the publication writes in")
public class LanguageResource {

    private final Languages languages;
    private final SurrogateKeys keys;

    LanguageResource(Languages languages, SurrogateKeys keys) {
        this.languages = languages;
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "listLanguages", summary = "List the configured languages with names and writing direction",
            description = "The languages lang= and Accept-Language may choose, and articles may be written in "
                    + "(gazette.languages); all on one page. dir is rtl for Persian and Arabic.")
    @APIResponse(responseCode = "200", description = "Every configured language",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LanguagePage.class)))
    public PagedList<LanguageView> list() {
        keys.add(SurrogateKeys.LANGUAGES);
        List<LanguageView> all = languages.all();
        return new PagedList<>(all, PageMeta.single(all.size(), all.size()));
    }
}
