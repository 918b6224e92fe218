package io.gazette.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service behind a proxy that sets X-Forwarded-Host and X-Forwarded-Proto (README: behind a proxy). */
public class BehindProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-forwarded-host", "true");
    }
}
