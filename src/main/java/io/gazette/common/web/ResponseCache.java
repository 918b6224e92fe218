package io.gazette.common.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gazette.common.error.ProblemException;
import io.gazette.language.Languages;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import io.smallrye.mutiny.Uni;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Public GET and HEAD answers kept in memory as the bytes {@link HttpCaching} sent, with the headers to replay them,
 * bounded by their total size in bytes. A hit is answered by a pre-matching request filter: no resource, no database.
 * A JAX-RS filter rather than a Vert.x route, because it runs after the Vert.x handlers (CORS, security headers, body
 * limits) and before the response filters, so a hit carries exactly the headers of a miss; what it still costs over a
 * route is RESTEasy's dispatch, which is small beside a query.
 * <p>
 * Entries are removed by surrogate key: by {@link ContentChanged} once a write on this instance commits, and by
 * {@link ContentChangeLog} for the writes of other instances. A response rendered while a purge ran is not kept
 * (the generation check), since it may have read the database before the write committed.
 */
@ApplicationScoped
public class ResponseCache {

    private static final String PENDING = ResponseCache.class.getName() + ".pending";
    private static final String HIT = ResponseCache.class.getName() + ".hit";
    /** Caffeine's and the map's bookkeeping per entry, roughly. */
    private static final int ENTRY_OVERHEAD = 256;

    record Key(String uri, String accept, List<String> languages, boolean gzip) {
    }

    record Entry(byte[] body, String mediaType, List<Map.Entry<String, String>> headers, String etag, Set<String> keys,
                 boolean gzip) {

        int weight() {
            long weight = ENTRY_OVERHEAD + body.length;
            for (Map.Entry<String, String> header : headers) {
                weight += header.getKey().length() + header.getValue().length();
            }
            return (int) Math.min(Integer.MAX_VALUE, weight);
        }
    }

    /** A cacheable request that missed, and the purge generation before the resource read anything. */
    record Pending(Key key, long generation) {
    }

    /** The request rendering a missing page for the others that ask for it meanwhile. */
    record Rendering(Key key, CompletableFuture<Void> done) {
    }

    private static final String RENDERING = ResponseCache.class.getName() + ".rendering";
    private static final Duration WAIT_FOR_RENDER = Duration.ofSeconds(2);
    private static final Uni<Response> NO_ANSWER = Uni.createFrom().nullItem();
    private final ConcurrentHashMap<Key, CompletableFuture<Void>> rendering = new ConcurrentHashMap<>();

    private Languages languages;
    private Cache<Key, Entry> entries;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean coherent;

    /** For the client proxy of this normal-scoped bean (it is a filter too, built before runtime config exists). */
    ResponseCache() {
    }

    @jakarta.inject.Inject
    ResponseCache(HttpCacheConfig config, Languages languages, MeterRegistry registry) {
        this.languages = languages;
        long maxBytes = config.memory().maxBytes().asLongValue();
        if (maxBytes <= 0) {
            return;
        }
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Entry entry) -> entry.weight() + key.uri().length())
                .expireAfterWrite(config.memory().expireAfterWrite())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, entries, "responses");
        Gauge.builder("gazette.response.cache.bytes", entries,
                        cache -> cache.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L))
                .description("Bytes held by the in-process response cache").register(registry);
    }

    public boolean enabled() {
        return entries != null;
    }

    /** Called by ContentChangeLog once it knows where the change log stands: entries kept before could miss a purge. */
    void coherent() {
        coherent = true;
    }

    /** The total weight of the entries now, in bytes (for tests of the bound). */
    long weightedSize() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    }

    /** Answers served from memory so far. */
    long hits() {
        return entries == null ? 0 : entries.stats().hitCount();
    }

    /** How many kept answers show this surrogate key. */
    long entriesShowing(String surrogateKey) {
        return entries == null ? 0 : entries.asMap().values().stream().filter(entry -> entry.keys().contains(surrogateKey)).count();
    }

    /**
     * A page missing from memory is rendered by one request at a time: the others asking for it meanwhile wait for
     * that one (at most {@link #WAIT_FOR_RENDER}) and are answered from what it kept. Otherwise a purge of a popular
     * page has every connection render it at once, and one write a second takes most of the CPU.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100)
    public Uni<Response> answerFromMemory(ContainerRequestContext request) {
        if (entries == null || !coherent || !isPublicRead(request)) {
            return NO_ANSWER;
        }
        Key key = key(request);
        if (key == null) {
            return NO_ANSWER;
        }
        Entry entry = entries.getIfPresent(key);
        if (entry != null) {
            return Uni.createFrom().item(answer(request, entry));
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = rendering.putIfAbsent(key, mine);
        if (other == null) {
            request.setProperty(RENDERING, new Rendering(key, mine));
            request.setProperty(PENDING, new Pending(key, generation.get()));
            return NO_ANSWER;
        }
        return Uni.createFrom().completionStage(other)
                .ifNoItem().after(WAIT_FOR_RENDER).recoverWithItem((Void) null)
                .onFailure().recoverWithNull()
                .map(rendered -> {
                    Entry kept = entries.getIfPresent(key);
                    if (kept != null) {
                        return answer(request, kept);
                    }
                    // Not kept (an error, a purge meanwhile) or not finished in time: render it here, and let the
                    // next request wait for no one rather than for a render that may never report back.
                    rendering.remove(key, other);
                    request.setProperty(PENDING, new Pending(key, generation.get()));
                    return null;
                });
    }

    /** Called once the response to a request is final: requests waiting for the page it rendered go on. */
    void rendered(ContainerRequestContext request) {
        if (request.getProperty(RENDERING) instanceof Rendering mine) {
            request.removeProperty(RENDERING);
            rendering.remove(mine.key(), mine.done());
            mine.done().complete(null);
        }
    }

    private Response answer(ContainerRequestContext request, Entry entry) {
        request.setProperty(HIT, Boolean.TRUE);
        boolean notModified = HttpCaching.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), entry.etag());
        Response.ResponseBuilder answer;
        if (notModified) {
            answer = Response.notModified();
        } else if (HttpMethod.HEAD.equals(request.getMethod())) {
            answer = Response.ok().type(entry.mediaType()).header(HttpHeaders.CONTENT_LENGTH, entry.body().length);
        } else {
            answer = Response.ok(entry.body(), entry.mediaType());
        }
        entry.headers().forEach(header -> answer.header(header.getKey(), header.getValue()));
        if (entry.gzip() && !notModified) {
            answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return answer.build();
    }

    static boolean isHit(ContainerRequestContext request) {
        return request.getProperty(HIT) != null;
    }

    /**
     * Keeps what HttpCaching is about to send for a request that missed: the body as sent (gzipped or not) and the
     * headers of its 200 except the content headers, which the replay sets itself.
     */
    void store(ContainerRequestContext request, byte[] body, MediaType mediaType, MultivaluedMap<String, String> headers,
               String etag, Set<String> keys, boolean gzip) {
        if (!(request.getProperty(PENDING) instanceof Pending pending) || keys.isEmpty()) {
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_ENCODING)) {
                values.forEach(value -> kept.add(Map.entry(name, value)));
            }
        });
        Entry entry = new Entry(body, mediaType == null ? MediaType.APPLICATION_JSON : mediaType.toString(),
                List.copyOf(kept), etag, Set.copyOf(keys), gzip);
        // A purge since this request began may have come after it read the database: keep nothing rather than the old page.
        if (generation.get() == pending.generation()) {
            entries.put(pending.key(), entry);
            if (generation.get() != pending.generation()) {
                entries.asMap().remove(pending.key(), entry);
            }
        }
    }

    void purgeCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        purge(change.keys());
    }

    /** Removes every entry that shows any of these surrogate keys. */
    public void purge(Collection<String> keys) {
        generation.incrementAndGet();
        if (entries == null || keys.isEmpty()) {
            return;
        }
        // A scan rather than an index from key to entries: writes are rare beside reads, and tens of thousands of
        // entries scan in well under a millisecond, with no index to keep in step with Caffeine's evictions.
        entries.asMap().values().removeIf(entry -> !Collections.disjoint(entry.keys(), keys));
    }

    private static boolean isPublicRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && HttpCaching.isGazettePath(request.getUriInfo().getRequestUri().getRawPath());
    }

    /**
     * The normalised request: scheme, host and path as sent (Link headers are absolute), the query's parameters
     * sorted by name (the values of one name keep their order: fallback= is a preference list), Accept, the
     * configured languages Accept-Language asks for, in order, and gzip or not. Null when Accept-Language is
     * malformed: the resource answers that with a 400.
     */
    private Key key(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        StringBuilder normalised = new StringBuilder(uri.getScheme()).append("://").append(uri.getRawAuthority())
                .append(uri.getRawPath());
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            String[] parameters = query.split("&");
            Arrays.sort(parameters, Comparator.comparing(ResponseCache::parameterName));
            normalised.append('?').append(String.join("&", parameters));
        }
        List<String> accepted;
        try {
            accepted = languages.accepted(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (ProblemException malformed) {
            return null;
        }
        return new Key(normalised.toString(), request.getHeaderString(HttpHeaders.ACCEPT), accepted,
                HttpCaching.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING)));
    }

    private static String parameterName(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }
}
