package io.gazette.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.support.WriteLoad;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to a packaged jar, for the webhook ITs. */
final class Jars {

    private Jars() {
    }

    static String post(URI base, String token, String path, String json, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = WriteLoad.client().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }

    static String get(URI base, String token, String path, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = WriteLoad.client().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }

    /** A field of a flat JSON answer, without a JSON library in the way. */
    static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":");
        int start = at + name.length() + 3;
        if (json.charAt(start) == '"') {
            return json.substring(start + 1, json.indexOf('"', start + 1));
        }
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return json.substring(start, end);
    }
}
