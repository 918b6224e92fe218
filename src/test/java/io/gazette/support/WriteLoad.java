package io.gazette.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Writer threads that create tags and draft articles over HTTP, as fast as the server answers, and
 * remember every write it acknowledged (2xx) so a test can look for each after a crash. Uses the
 * JDK client with timeouts, so a dead server ends a request instead of hanging it.
 */
public final class WriteLoad {

    /** One request's outcome: the status code, or the exception's simple name when there was no answer. */
    public record Outcome(String result, long sentNanos, long tookNanos) {
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** How long a read back keeps asking while the answer is neither 200 nor 404 (a database coming back). */
    private static final Duration READ_BACK_PATIENCE = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI base;
    private final String token;
    private final String prefix;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sequence = new AtomicLong();
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Thread> writers = new ArrayList<>();

    private WriteLoad(URI base, String token, String prefix) {
        this.client = client();
        this.base = base;
        this.token = token;
        this.prefix = prefix;
    }

    /** Starts {@code threads} writers; slugs start with {@code prefix}, which must be lowercase and unique per run. */
    public static WriteLoad start(URI base, String token, String prefix, int threads) {
        WriteLoad load = new WriteLoad(base, token, prefix);
        for (int i = 0; i < threads; i++) {
            Thread writer = new Thread(load::write, "write-load-" + prefix + "-" + i);
            writer.setDaemon(true);
            load.writers.add(writer);
            writer.start();
        }
        return load;
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private void write() {
        while (running.get()) {
            long n = sequence.incrementAndGet();
            String slug = prefix + "-" + n;
            boolean tag = n % 2 == 0;
            String json = tag
                    ? "{\"slug\":\"" + slug + "\",\"name\":\"Tag " + slug + "\",\"description\":\"Crash test\"}"
                    : "{\"slug\":\"" + slug + "\",\"title\":\"Title of " + slug + "\",\"excerpt\":\"Lead\","
                            + "\"body\":\"<p>Body of " + slug + "</p>\",\"section\":\"opinion\",\"language\":\"en\","
                            + "\"authors\":[],\"tags\":[]}";
            String collection = tag ? "/api/v1/tags" : "/api/v1/articles";
            HttpRequest request = HttpRequest.newBuilder(base.resolve(collection)).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            long sent = System.nanoTime();
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    acknowledged.add(collection + "/" + slug);
                }
                outcomes.add(new Outcome(Integer.toString(status), sent, System.nanoTime() - sent));
            } catch (IOException e) {
                outcomes.add(new Outcome(e.getClass().getSimpleName(), sent, System.nanoTime() - sent));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    /** The paths of the acknowledged writes (read them back with a staff GET). */
    public List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** How many requests ended in each result. */
    public Map<String, Long> outcomes() {
        return outcomes.stream().collect(Collectors.groupingBy(Outcome::result, TreeMap::new, Collectors.counting()));
    }

    /** How many requests sent at or after {@code sinceNanos} ended in each result. */
    public Map<String, Long> outcomesSentSince(long sinceNanos) {
        return outcomes.stream().filter(o -> o.sentNanos() - sinceNanos >= 0)
                .collect(Collectors.groupingBy(Outcome::result, TreeMap::new, Collectors.counting()));
    }

    /** How many requests sent before {@code beforeNanos} ended in each result. */
    public Map<String, Long> outcomesSentBefore(long beforeNanos) {
        return outcomes.stream().filter(o -> o.sentNanos() - beforeNanos < 0)
                .collect(Collectors.groupingBy(Outcome::result, TreeMap::new, Collectors.counting()));
    }

    /** The longest a request sent at or after {@code sinceNanos} took to end, in milliseconds. */
    public long slowestSinceMillis(long sinceNanos) {
        return outcomes.stream().filter(o -> o.sentNanos() - sinceNanos >= 0).mapToLong(Outcome::tookNanos).max()
                .stream().map(nanos -> nanos / 1_000_000).findFirst().orElse(0);
    }

    /** Requests answered or failed so far that were sent at or after {@code sinceNanos}. */
    public long finishedSince(long sinceNanos) {
        return outcomes.stream().filter(o -> o.sentNanos() - sinceNanos >= 0).count();
    }

    /** Stops the writers and waits for their last requests to end. */
    public void stop() throws InterruptedException {
        running.set(false);
        for (Thread writer : writers) {
            writer.join(REQUEST_TIMEOUT.multipliedBy(2).toMillis());
        }
    }

    /** The outcome of reading writes back: those not found or not readable, and how many reads failed once. */
    public record ReadBack(List<String> missing, int retriedReads) {
    }

    private static String status(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return Integer.toString(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    /**
     * Reads every path with a staff GET (4 readers in parallel). A path is missing when the answer is
     * 404, or still anything but 200 after {@link #READ_BACK_PATIENCE}; a 5xx or a broken connection is tried again
     * (every 200 ms), so a pooled connection the database dropped is not taken for a lost write.
     */
    public static ReadBack readBack(URI base, String token, List<String> paths) throws InterruptedException {
        HttpClient client = client();
        AtomicLong retried = new AtomicLong();
        Function<String, String> read = path -> {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).GET().build();
            AtomicReference<String> result = new AtomicReference<>("not read");
            try {
                Awaitility.await("read back " + path).atMost(READ_BACK_PATIENCE).pollInSameThread()
                        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
                            result.set(status(client, request));
                            boolean answered = result.get().equals("200") || result.get().equals("404");
                            if (!answered) {
                                retried.incrementAndGet();
                            }
                            return answered;
                        });
            } catch (ConditionTimeoutException e) {
                // result holds the last answer
            }
            return result.get();
        };
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String path : paths) {
                results.add(readers.submit(() -> read.apply(path)));
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                String result = results.get(i).get();
                if (!result.equals("200")) {
                    missing.add(paths.get(i) + " (" + result + ")");
                }
            }
            return new ReadBack(missing, (int) retried.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }
}
