package io.gazette.webhook;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A webhook receiver for tests: a JDK HTTP server on 127.0.0.1 that keeps every request and answers a set status; or an
 * HTTPS one with a key store of src/test/resources/webhook-tls (keytool -genkeypair -keyalg EC -dname CN=receiver.test
 * -ext SAN=dns:receiver.test -validity 36500 -storetype PKCS12 -storepass webhook-test: "receiver", whose certificate
 * receiver.crt the test configuration trusts, and "impostor", the same name on a key nobody trusts).
 */
public final class Receiver implements AutoCloseable {

    public record Received(HttpHeaders headers, String body, long receivedNanos) {

        public String id() {
            return headers.firstValue("webhook-id").orElseThrow();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private volatile CountDownLatch hold;

    private Receiver(HttpServer server) {
        this.server = server;
    }

    public static Receiver start() throws IOException {
        return serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50));
    }

    /** An HTTPS receiver with the key of webhook-tls/{keyStore}.p12. */
    public static Receiver startTls(String keyStore) throws Exception {
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (InputStream in = Receiver.class.getResourceAsStream("/webhook-tls/" + keyStore + ".p12")) {
            keys.load(in, "webhook-test".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "webhook-test".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return serve(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static Receiver serve(HttpServer server) {
        Receiver receiver = new Receiver(server);
        server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "test-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            BiPredicate<String, String> all = (name, value) -> true;
            receiver.received.add(new Received(HttpHeaders.of(Map.copyOf(exchange.getRequestHeaders()), all), body, System.nanoTime()));
            CountDownLatch waiting = receiver.hold;
            if (waiting != null) {
                try {
                    waiting.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer = ("answered " + receiver.status.get()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(receiver.status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public void answer(int statusCode) {
        status.set(statusCode);
    }

    /** Requests wait without an answer until {@link #release()}. */
    public void holdAnswers() {
        hold = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch waiting = hold;
        hold = null;
        if (waiting != null) {
            waiting.countDown();
        }
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
