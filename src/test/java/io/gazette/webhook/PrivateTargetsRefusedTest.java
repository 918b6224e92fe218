package io.gazette.webhook;

import static io.gazette.support.TestData.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.gazette.support.NonDefaultSettingsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the default setting outside the tests (gazette.webhooks.allow-private-targets=false), the API refuses private targets with a 400 naming url. */
@QuarkusTest
@TestProfile(NonDefaultSettingsProfile.class)
class PrivateTargetsRefusedTest {

    @Test
    void loopbackPrivateAndLinkLocalTargetsAre400s() {
        for (String url : List.of("http://127.0.0.1:8080/hooks", "http://10.0.0.8/hooks", "http://169.254.169.254/latest/meta-data/",
                "http://[::1]:8080/hooks", "http://localhost/hooks")) {
            editor().body(Map.of("url", url, "events", List.of("article.published"))).post("/api/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("loopback, private or link-local"));
        }
    }
}
