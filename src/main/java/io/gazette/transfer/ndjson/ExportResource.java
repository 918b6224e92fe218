package io.gazette.transfer.ndjson;

import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Transfer")
public class ExportResource {

    private static final String EXAMPLE = """
            {"type":"header","format":"gazette-ndjson","version":1,"exportedAt":"2026-12-01T10:00:00.123456Z"}
            {"type":"site","name":"Strategic Council Online","description":null,"url":null,"logoUrl":null,"defaultLanguage":"en","version":1,"labels":{"en":{"latestContent":"LATEST CONTENT","commentCount":"{count} Comments","submitComment":null,"commentPrivacyNotice":null}}}
            {"type":"account","id":1,"username":"s.rahimi","displayName":"Sara Rahimi","role":"author","createdAt":"2026-11-30T08:00:00Z"}
            {"type":"author","id":1,"slug":"hamid-khoshayand","name":"Hamid Khoshayand","roleLine":"Expert on international affairs","bio":null,"avatarUrl":null,"email":"h.khoshayand@example.org","createdAt":"2024-11-21T09:30:00Z","updatedAt":"2024-11-21T09:30:00Z","version":0}
            {"type":"tag","id":1,"slug":"diplomacy","name":"Diplomacy","description":null,"createdAt":"2024-11-21T09:30:00Z","updatedAt":"2024-11-21T09:30:00Z","version":0,"names":{"es":{"name":"Diplomacia","description":null}}}
            {"type":"article","id":1,"slug":"single-state-irans-solution","title":"Single state","excerpt":"The lead.","body":"<p>Text</p>","section":"interview","language":"en","status":"published","byline":null,"featuredImageUrl":null,"featuredImageAlt":null,"translationGroup":1,"commentsClosed":false,"owner":"s.rahimi","publishedAt":"2024-11-21T09:30:00Z","publishAt":null,"unpublishAt":null,"createdAt":"2024-11-21T09:30:00Z","updatedAt":"2024-11-21T09:30:00Z","version":1,"credits":[{"author":1,"role":null}],"tags":[1]}
            {"type":"revision","id":1,"article":1,"number":1,"action":"create","actor":"s.rahimi","status":"draft","publishAt":null,"unpublishAt":null,"content":"{\\"title\\":\\"Single state\\"}","createdAt":"2024-11-21T09:30:00Z"}
            {"type":"comment","id":1,"article":1,"parent":null,"name":"Ana","email":"ana@example.org","body":"Great piece","status":"approved","staff":false,"createdAt":"2024-11-21T10:00:00Z","moderatedAt":"2024-11-21T10:05:00Z","moderatedBy":"k.moradi","addressHash":null}
            {"type":"end","records":7}
            """;

    private final NdjsonExport export;

    ExportResource(NdjsonExport export) {
        this.export = export;
    }

    @GET
    @Produces(NdjsonExport.MEDIA_TYPE)
    @Operation(operationId = "exportContent", summary = "Export the whole publication as NDJSON (admins)",
            description = "Everything the database holds that a publication would otherwise lose, one JSON record per line "
                    + "(application/x-ndjson, UTF-8): a header with the format and its version, then the site, accounts, authors, "
                    + "tags, articles, revisions, comments, redirects (old addresses of articles) and import references (which "
                    + "WordPress id became which item), each type by id (import references by source, kind and source id), and an "
                    + "end record with the number of records. "
                    + "Private fields (emails, drafts, moderation) are included; API keys are not. The same content always "
                    + "exports to the same bytes, apart from the header's exportedAt. Streamed from one consistent snapshot; "
                    + "the README's \"Moving in and out\" describes every record type. Import it into another Gazette "
                    + "(H2 or PostgreSQL) with the ndjson import.")
    @APIResponse(responseCode = "200", description = "The export, streamed",
            headers = @Header(name = "Content-Disposition", description = "Suggests a file name to browsers and download tools",
                    schema = @Schema(type = SchemaType.STRING, example = "attachment; filename=\"gazette-export.ndjson\"")),
            content = @Content(mediaType = NdjsonExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", example = EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Only admins may export")
    @APIResponse(responseCode = "406", description = "The Accept header allows neither application/x-ndjson nor application/problem+json")
    public Response exportContent() {
        return Response.ok(export.export())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gazette-export.ndjson\"")
                .build();
    }
}
