package io.gazette.common.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Gazette content API", version = "2.0.0",
                description = """
                        Headless content API for an international-affairs publication. Reads are public; \
                        writes and staff views need `Authorization: Bearer <key>`; \
                        writes to an article, author or tag need `If-Match` with the ETag of the last read. Lists are `{items, meta}` \
                        with RFC 8288 Link headers; every error is RFC 9457 application/problem+json.""",
                contact = @Contact(name = "Gazette API team", url = "https://gazette.dev"),
                license = @License(name = "Proprietary", identifier = "LicenseRef-Gazette-Proprietary")),
        servers = {
                @Server(url = "/", description = "The service this spec was read from"),
                @Server(url = "http://localhost:8080", description = "A local instance (./mvnw quarkus:dev)")},
        tags = {
                @Tag(name = "Articles", description = "Opinion pieces, interviews, analysis and news"),
                @Tag(name = "Authors", description = "People credited on articles"),
                @Tag(name = "Tags", description = "Topics articles are filed under"),
                @Tag(name = "Comments", description = "Readers' comments, shown once an editor approves them"),
                @Tag(name = "Languages", description = "The languages the publication writes in"),
                @Tag(name = "Accounts", description = "People who hold API keys, and their roles (admins)"),
                @Tag(name = "Transfer", description = "Moving a publication in and out: exports and imports (admins)")
        })
@SecurityScheme(securitySchemeName = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key (gz_...) that an admin issued with POST /api/v1/accounts/{username}/keys, or the bootstrap "
                + "admin token GAZETTE_ADMIN_TOKEN. Each operation's x-roles lists the roles it allows: admin, editor, author.")
public class GazetteApi extends Application {
}
