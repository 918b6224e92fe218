package io.gazette.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.support.PackagedApp;
import io.gazette.support.WriteLoad;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A new site has no URL, so its sitemap index answers 409: robots.txt must not send crawlers there. Once an admin
 * gives the site its URL, robots.txt names the index (the write purges the kept robots.txt). A fresh data directory,
 * which the shared test database cannot be once another test has set the URL (a URL cannot be taken away).
 */
class RobotsTxtIT {

    private static final String TOKEN = "robots-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNewSiteNamesNoSitemapUntilItHasAUrl() throws Exception {
        Path run = Files.createDirectories(Path.of("target", "robots", "run-" + System.nanoTime()));
        try (PackagedApp app = PackagedApp.launch(run.resolve("app.log"), Map.of(
                "GAZETTE_DATA_DIR", run.resolve("data").toAbsolutePath().toString(),
                "GAZETTE_ADMIN_TOKEN", TOKEN,
                "GAZETTE_DEMO_CONTENT", "false"))) {
            app.awaitStatus(app.management.resolve("/q/health/ready"), 200);
            HttpClient client = WriteLoad.client();

            HttpResponse<String> before = client.send(request(app.base.resolve("/robots.txt")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, before.statusCode(), before.body());
            assertFalse(before.body().contains("Sitemap"), before.body());
            assertTrue(before.body().contains("Disallow: /api/"), before.body());
            assertEquals(409, client.send(request(app.base.resolve("/sitemap.xml")).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode());

            HttpResponse<String> site = client.send(request(app.base.resolve("/api/v1/site")).header("Authorization", "Bearer " + TOKEN)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            ObjectNode settings = (ObjectNode) JSON.readTree(site.body());
            settings.remove("view");
            settings.put("url", "https://front.example");
            HttpResponse<String> put = client.send(request(app.base.resolve("/api/v1/site")).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json").header("If-Match", site.headers().firstValue("ETag").orElseThrow())
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(settings))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, put.statusCode(), put.body());

            HttpResponse<String> after = client.send(request(app.base.resolve("/robots.txt")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(after.body().contains("Sitemap: " + app.base + "sitemap.xml\n"), after.body());
        }
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    }
}
