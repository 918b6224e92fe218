package io.gazette.webhook;

import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.QueryValues;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import io.gazette.webhook.dto.CreatedWebhook;
import io.gazette.webhook.dto.DeliveryView;
import io.gazette.webhook.dto.PingView;
import io.gazette.webhook.dto.WebhookInput;
import io.gazette.webhook.dto.WebhookPatch;
import io.gazette.webhook.dto.WebhookView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Webhooks", description = """
        Endpoints that receive events (article.published, article.updated, article.unpublished, article.deleted, \
        article.scheduled, comment.submitted, comment.approved, author.updated, tag.updated, content.imported: one per batch of an import), signed per Standard Webhooks, \
        at least once, with retries; admins only.""")
public class WebhookResource {

    private static final String WEBHOOK_ID = "Webhook id";

    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook endpoints, oldest first")
    @APIResponse(responseCode = "200", description = "One page of endpoints",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookPage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a bad page or size")
    public RestResponse<PagedList<WebhookView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        return Responses.page(webhooks.list(page.toRequest()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register an endpoint; the answer carries its signing secret, once",
            description = """
                    Events that happen from now on are delivered to it as POST requests with a JSON body {type, timestamp, \
                    data, purgeKeys} and the headers webhook-id, webhook-timestamp and webhook-signature (Standard Webhooks, \
                    HMAC-SHA256 with the secret). A URL on a loopback, private or link-local address is refused unless the \
                    server allows it (gazette.webhooks.allow-private-targets).""")
    @APIResponse(responseCode = "201", description = "Created; Location points to it",
            headers = @Header(name = ApiDocs.LOCATION, description = "The new endpoint", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedWebhook.class)))
    @APIResponse(responseCode = "400", description = "An invalid or refused url, an unknown event name, a malformed secret")
    public RestResponse<CreatedWebhook> create(@Valid @NotNull WebhookInput request, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(request);
        return Responses.created(uri, String.valueOf(created.id()), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get one endpoint (without its secret)")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No webhook has this id")
    public WebhookView get(@Parameter(description = WEBHOOK_ID, example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                           @PathParam("id") String id) {
        return webhooks.get(QueryValues.pathId("webhook", id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH})
    @Operation(operationId = "updateWebhook", summary = "Change an endpoint's URL, events, secret, or enable or disable it")
    @APIResponse(responseCode = "200", description = "The endpoint as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "An invalid or refused url, an unknown event name, a malformed secret")
    @APIResponse(responseCode = "404", description = "No webhook has this id")
    public WebhookView update(@Parameter(description = WEBHOOK_ID, example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                              @PathParam("id") String id, @Valid @NotNull WebhookPatch request) {
        return webhooks.patch(QueryValues.pathId("webhook", id), request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete an endpoint and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No webhook has this id")
    public void delete(@Parameter(description = WEBHOOK_ID, example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                       @PathParam("id") String id) {
        webhooks.delete(QueryValues.pathId("webhook", id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "An endpoint's delivery log, newest first, with every attempt")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a bad page or size")
    @APIResponse(responseCode = "404", description = "No webhook has this id")
    public RestResponse<PagedList<DeliveryView>> deliveries(
            @Parameter(description = WEBHOOK_ID, example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @PathParam("id") String id, @BeanParam PageParams page, @Context UriInfo uri) {
        return Responses.page(webhooks.deliveries(QueryValues.pathId("webhook", id), page.toRequest()), uri);
    }

    @POST
    @Path("/{id}/ping")
    @Operation(operationId = "pingWebhook", summary = "Send a signed test event to an endpoint now, and see what it answered",
            description = """
                    A POST like every event's, with type webhook.ping, data {"webhook": <id>}, no purge keys, and a webhook-id \
                    of its own ("ping_..."), signed with the endpoint's secret: a receiver checks its signature verification \
                    and its firewall with it. Sent whether the endpoint is active or not, once (no retries), and not kept in \
                    the delivery log; the answer is the attempt. A refused target (loopback, private, link-local) is an \
                    attempt that failed, not a 400.""")
    @APIResponse(responseCode = "200", description = "Sent (or refused); delivered says whether the endpoint answered 2xx",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PingView.class)))
    @APIResponse(responseCode = "404", description = "No webhook has this id")
    public PingView ping(@Parameter(description = WEBHOOK_ID, example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                         @PathParam("id") String id) {
        return webhooks.ping(QueryValues.pathId("webhook", id));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again, at once, with the usual retries after",
            description = "The same webhook-id, type, timestamp and data as before, signed with the endpoint's current secret.")
    @APIResponse(responseCode = "202", description = "Queued; the delivery as it stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or no such delivery of it")
    @APIResponse(responseCode = "409", description = "The endpoint is disabled: enable it first")
    public RestResponse<DeliveryView> redeliver(
            @Parameter(description = WEBHOOK_ID, example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @PathParam("id") String id,
            @Parameter(description = "Delivery id", example = "118", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @PathParam("deliveryId") String deliveryId) {
        return RestResponse.accepted(webhooks.redeliver(QueryValues.pathId("webhook", id), QueryValues.pathId("delivery", deliveryId)));
    }

    @Schema(name = "WebhookPage", description = "One page of webhook endpoints")
    public record WebhookPage(List<WebhookView> items, PageMeta meta) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "One page of an endpoint's deliveries")
    public record DeliveryPage(List<DeliveryView> items, PageMeta meta) {
    }
}
