package io.gazette.webhook;

import com.sun.net.httpserver.HttpServer;
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

/** A webhook receiver for tests: a JDK HTTP server on 127.0.0.1 that keeps every request and answers a set status. */
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
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
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
