package io.gazette.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Health and metrics answer on the management interface only, not on the public port. */
@QuarkusTest
class OperationsTest {

    private static String management(String path) {
        // The port the management interface bound (the test profile asks for a random one).
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return "http://localhost:" + port + path;
    }

    @Test
    void readinessChecksTheDatabaseAndItsSchema() {
        given().get(management("/q/health/ready"))
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem("Database schema"));
        given().get(management("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void exposesPrometheusMetricsOnTheManagementPort() {
        given().get("/api/v1/tags").then().statusCode(200);
        given().get(management("/q/metrics")).then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void operationsEndpointsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
