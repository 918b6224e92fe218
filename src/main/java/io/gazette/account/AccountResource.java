package io.gazette.account;

import java.util.Set;
import jakarta.ws.rs.HeaderParam;
import io.gazette.common.api.IdempotentCreates;
import io.gazette.account.dto.AccountInput;
import io.gazette.account.dto.AccountPatch;
import io.gazette.account.dto.AccountView;
import io.gazette.account.dto.ApiKeyInput;
import io.gazette.account.dto.ApiKeyView;
import io.gazette.account.dto.IssuedApiKey;
import io.gazette.account.dto.Me;
import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageParams;
import io.gazette.common.api.PagedList;
import io.gazette.common.api.Responses;
import io.gazette.common.openapi.ApiDocs;
import io.gazette.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.net.URI;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiDocs.BEARER)
@Tag(name = "Accounts")
public class AccountResource {

    private final IdempotentCreates idempotent;

    private static final String USERNAME = "Account username";

    private final AccountService accounts;
    private final SecurityIdentity identity;

    AccountResource(AccountService accounts, SecurityIdentity identity, IdempotentCreates idempotent) {
        this.idempotent = idempotent;
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
    @Operation(operationId = "getMe", summary = "Who the presented key or token belongs to, with its roles")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().map(AccountRole::ofSecurityRole).sorted().toList());
    }

    @GET
    @Path("/accounts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAccounts", summary = "List accounts with their keys, by username")
    @APIResponse(responseCode = "200", description = "One page of accounts",
            headers = @Header(name = ApiDocs.LINK, ref = ApiDocs.LINK),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountPage.class)))
    @APIResponse(responseCode = "400", description = "An undeclared parameter, or a bad page or size")
    public RestResponse<PagedList<AccountView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        return Responses.page(accounts.list(page.toRequest()), uri);
    }

    @POST
    @Path("/accounts")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account with a role; issue its keys next")
    @APIResponse(responseCode = "201", description = "Created; Location points to it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken; or the Idempotency-Key was used with another request, or that request is still in progress (retry after Retry-After); or the Idempotency-Key was used with another request, or that request is still in progress (retry after Retry-After)")
    public RestResponse<AccountView> create(@Valid @NotNull AccountInput request, @Context UriInfo uri,
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, example = ApiDocs.IDEMPOTENCY_KEY_EXAMPLE) @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        return idempotent.create("createAccount", idempotencyKey, request, () -> {
            AccountView created = accounts.create(request);
            return Responses.created(uri, created.username(), created);
        });
    }

    @GET
    @Path("/accounts/{username}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getAccount", summary = "Get one account with its keys")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No account has this username")
    public AccountView get(@Parameter(description = USERNAME, example = "s.rahimi") @PathParam("username") String username) {
        return accounts.get(username);
    }

    @PATCH
    @Path("/accounts/{username}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH})
    @Operation(operationId = "updateAccount", summary = "Change an account's role or display name")
    @APIResponse(responseCode = "200", description = "The account as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No account has this username")
    public AccountView update(@Parameter(description = USERNAME, example = "s.rahimi") @PathParam("username") String username,
                              @Valid @NotNull AccountPatch request) {
        return accounts.update(username, request);
    }

    @POST
    @Path("/accounts/{username}/keys")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueApiKey", summary = "Issue a new key for an account; the key is shown in this response only")
    @APIResponse(responseCode = "201", description = "The key, once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedApiKey.class)))
    @APIResponse(responseCode = "404", description = "No account has this username")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another request, or that request is still in progress (retry after Retry-After)")
    public RestResponse<IssuedApiKey> issueKey(@Parameter(description = USERNAME, example = "s.rahimi") @PathParam("username") String username,
                                               @Valid ApiKeyInput request,
                                               @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, example = ApiDocs.IDEMPOTENCY_KEY_EXAMPLE) @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        // The key itself is never stored: a replay answers with the same id and prefix but no "key".
        return idempotent.create("issueApiKey " + username, idempotencyKey, request, Set.of("key"), () -> {
            IssuedApiKey key = accounts.issueKey(username, request);
            return RestResponse.ResponseBuilder.<IssuedApiKey>created(URI.create("/api/v1/accounts/" + username)).entity(key).build();
        });
    }

    @DELETE
    @Path("/accounts/{username}/keys/{keyId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key: it stops working at once and stays listed with its revocation time")
    @APIResponse(responseCode = "200", description = "The revoked key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "404", description = "No such key on this account")
    public ApiKeyView revokeKey(@Parameter(description = USERNAME, example = "s.rahimi") @PathParam("username") String username,
                                @Parameter(description = "Key id", example = "41") @PathParam("keyId") long keyId) {
        return accounts.revokeKey(username, keyId);
    }

    /** Schema of the account list as the spec names it. */
    @Schema(name = "AccountPage", description = "One page of accounts")
    public record AccountPage(List<AccountView> items, PageMeta meta) {
    }
}
