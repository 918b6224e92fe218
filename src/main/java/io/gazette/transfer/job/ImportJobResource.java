package io.gazette.transfer.job;

import io.gazette.common.api.QueryValues;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.CurrentActor;
import io.gazette.common.security.Roles;
import io.gazette.transfer.ImportFormat;
import io.gazette.transfer.ImportFormats;
import io.gazette.transfer.job.dto.ImportJobView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Imports", description = "Bringing a publication in: a WordPress export (WXR) or a Gazette export (NDJSON)")
public class ImportJobResource {

    static final String XML = "application/xml";
    static final String TEXT_XML = "text/xml";
    static final String NDJSON = "application/x-ndjson";

    private static final List<MediaType> ACCEPTED = List.of(MediaType.APPLICATION_XML_TYPE, MediaType.TEXT_XML_TYPE,
            MediaType.valueOf(NDJSON), MediaType.APPLICATION_OCTET_STREAM_TYPE);

    private final ImportJobs jobs;
    private final ImportFormats formats;
    private final CurrentActor actors;

    ImportJobResource(ImportJobs jobs, ImportFormats formats, CurrentActor actors) {
        this.jobs = jobs;
        this.formats = formats;
        this.actors = actors;
    }

    @POST
    // any type reaches the method, so credentials are checked before the type (a 415 only for those allowed to import)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "startImport", summary = "Start an import of a file (admins)",
            description = "The file is the request body (curl --data-binary @wordpress.xml), up to gazette.limits.max-import-size. It "
                    + "is spooled to disk as it arrives, then imported by a job: first read whole (a malformed file, a wrong format "
                    + "or an unsupported version fails the job with the reason, and the line and column for XML, before anything is "
                    + "written), then written in batches. Importing the same file again changes nothing; a newer export updates "
                    + "what changed.")
    @RequestBody(required = true, description = "The export file", content = {
            @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TEXT_XML, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued; Location points to it",
            headers = @Header(name = ApiDocs.LOCATION, ref = ApiDocs.LOCATION),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "An empty body, an unknown format, a file of no format Gazette recognises "
            + "(name it with format), or a dryRun other than true or false")
    @APIResponse(responseCode = "413", description = "The file is larger than gazette.limits.max-import-size")
    @APIResponse(responseCode = "415", description = "The body is not XML, NDJSON or octet-stream (an empty body is a 400, whatever its type)")
    public RestResponse<ImportJobView> start(
            @Parameter(description = "wordpress or ndjson; recognised from the file's first bytes when absent",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"ndjson", "wordpress"}), example = "wordpress")
            @QueryParam("format") String format,
            @Parameter(description = "true: report what the import would do, and write nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"), example = "false")
            @QueryParam("dryRun") String dryRun,
            InputStream body, @Context UriInfo uri, @Context HttpHeaders headers) {
        PushbackInputStream content = new PushbackInputStream(body == null ? InputStream.nullInputStream() : body, 1);
        if (isEmpty(content)) {
            // before the type: an empty body is the same mistake whatever it was labelled (often not at all)
            throw ProblemException.invalidField("body", "is empty: send the export file as the request body (curl --data-binary @file)");
        }
        MediaType type = headers.getMediaType();
        if (type == null || ACCEPTED.stream().noneMatch(accepted -> accepted.isCompatible(type))) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the export file as application/xml, text/xml, application/x-ndjson or application/octet-stream");
        }
        boolean dry = dryRun(dryRun);
        ImportFormat named = format == null || format.isBlank() ? null : formats.named(format.strip()).orElseThrow(() ->
                ProblemException.invalidField("format", "must be one of: " + String.join(", ", formats.names())));
        java.nio.file.Path file = spool(content);
        try {
            ImportFormat chosen = named != null ? named : formats.recognise(file).orElseThrow(() -> ProblemException.invalidField(
                    "format", "is needed: the file is none that Gazette recognises (" + String.join(", ", formats.names()) + ")"));
            ImportJobView job = jobs.start(chosen, dry, file, actors.get().name());
            file = null;
            return RestResponse.ResponseBuilder.<ImportJobView>accepted(job)
                    .location(uri.getBaseUriBuilder().path("api/v1/imports").path(String.valueOf(job.id())).build())
                    .build();
        } finally {
            if (file != null) {
                deleteQuietly(file);
            }
        }
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "An import job: its state, progress and report (admins)")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No import has this id (an id that is not a number included, as for every "
            + "numeric id in a path)")
    public ImportJobView get(@Parameter(description = "The job's id", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                             @PathParam("id") String id) {
        return jobs.get(QueryValues.pathId("import", id));
    }

    private static boolean isEmpty(PushbackInputStream body) {
        try {
            int first = body.read();
            if (first < 0) {
                return true;
            }
            body.unread(first);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dryRun(String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalidField("dryRun", "must be true or false");
    }

    /** The body on disk, copied as it arrives: an export of any size costs a buffer, not its size, in memory. */
    private static java.nio.file.Path spool(InputStream body) {
        java.nio.file.Path file = null;
        try {
            file = Files.createTempFile("gazette-import-", ".upload");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            if (file != null) {
                deleteQuietly(file);
            }
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temp file; the system cleans its temp directory
        }
    }
}
