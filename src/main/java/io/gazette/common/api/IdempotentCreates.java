package io.gazette.common.api;

import io.gazette.common.persistence.UntilSchemaReady;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.common.error.DatabaseOutage;
import io.gazette.common.error.ProblemException;
import io.gazette.common.error.ProblemType;
import io.gazette.common.security.CurrentActor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Idempotency-Key on creates (draft-ietf-httpapi-idempotency-key-header): a retry with the same key
 * and the same request gets the first answer again (status, headers, body), marked Idempotent-Replayed, and creates nothing;
 * the same key with another request is a 409. The key's row is written before the create, in its
 * transaction, so the database decides races: a second request waits for the first and replays it
 * (PostgreSQL), or gets a 409 "still in progress" to retry (H2). Failed creates store nothing.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;
    /** How long a key is remembered. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private static final Pattern VISIBLE_ASCII = Pattern.compile("^[\\x21-\\x7e]+$");
    /** Headers a replay gets from elsewhere: their own columns, or the replay's own content type. */
    private static final Set<String> OWN_COLUMNS = Set.of("location", "etag", "content-type");
    private static final TypeReference<Map<String, List<String>>> STORED_HEADERS = new TypeReference<>() {
    };

    private final IdempotentRequest.Repository requests;
    private final CurrentActor actor;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotentCreates(IdempotentRequest.Repository requests, CurrentActor actor, ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.actor = actor;
        this.json = json;
        this.clock = clock;
    }

    /** Runs {@code create} once per key; see {@link #create(String, String, Object, Set, Supplier)}. */
    public <T> RestResponse<T> create(String operation, String idempotencyKey, Object request, Supplier<RestResponse<T>> create) {
        return createOnce(operation, idempotencyKey, request, Set.of(), () -> null, admitted -> create.get());
    }

    /**
     * @param operation names what is created, with any path parameter ("issueApiKey s.rahimi")
     * @param secretFields top-level response fields never stored, so never replayed (a new API key)
     */
    public <T> RestResponse<T> create(String operation, String idempotencyKey, Object request, Set<String> secretFields,
                                      Supplier<RestResponse<T>> create) {
        return createOnce(operation, idempotencyKey, request, secretFields, () -> null, admitted -> create.get());
    }

    /**
     * With a step for requests that are not replays: {@code admit} runs before the create's transaction,
     * outside it (a rate limit: a replay must not spend it, and its own connection must not be awaited while
     * the key's row holds one), and what it returns goes to {@code create}.
     */
    public <A, T> RestResponse<T> create(String operation, String idempotencyKey, Object request, Supplier<A> admit,
                                         Function<A, RestResponse<T>> create) {
        return createOnce(operation, idempotencyKey, request, Set.of(), admit, create);
    }

    private <A, T> RestResponse<T> createOnce(String operation, String idempotencyKey, Object request, Set<String> secretFields,
                                              Supplier<A> admit, Function<A, RestResponse<T>> create) {
        String key = checked(idempotencyKey);
        if (key == null) {
            return create.apply(admit.get());
        }
        IdempotentRequest.Id id = new IdempotentRequest.Id(operation + " by " + actor.get().name(), key);
        String requestHash = hash(operation, request);
        Optional<RestResponse<T>> replay = QuarkusTransaction.requiringNew().call(() -> this.<T>replay(id, requestHash));
        if (replay.isPresent()) {
            return replay.get();
        }
        A admitted = admit.get();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                IdempotentRequest row = new IdempotentRequest();
                row.id = id;
                row.requestHash = requestHash;
                row.createdAt = clock.instant();
                requests.persist(row);
                requests.flush();
                RestResponse<T> response = create.apply(admitted);
                row.status = response.getStatus();
                row.location = response.getHeaderString(HttpHeaders.LOCATION);
                row.etag = response.getHeaderString(HttpHeaders.ETAG);
                row.responseBody = storedBody(response.getEntity(), secretFields);
                row.responseHeaders = storedHeaders(response);
                return response;
            });
        } catch (PersistenceException e) {
            if (DatabaseOutage.causedBy(e)) {
                throw e;
            }
            // Another request with this key got there first.
            Optional<RestResponse<T>> winner = QuarkusTransaction.requiringNew().call(() -> this.<T>replay(id, requestHash));
            return winner.orElseThrow(() -> new ProblemException(
                    ProblemType.CONFLICT, "A request with this Idempotency-Key is still in progress; retry it shortly",
                    null, Map.of(HttpHeaders.RETRY_AFTER, "1")));
        }
    }

    @Scheduled(identity = "idempotency-key-cleanup", skipExecutionIf = UntilSchemaReady.class, every = "1h", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeys() {
        QuarkusTransaction.requiringNew().run(() -> requests.deleteOlderThan(clock.instant().minus(RETENTION)));
    }

    private <T> Optional<RestResponse<T>> replay(IdempotentRequest.Id id, String requestHash) {
        return requests.findByIdOptional(id).map(stored -> {
            if (!stored.requestHash.equals(requestHash)) {
                throw ProblemException.conflict("This Idempotency-Key was used with a different request; use a new key for a new request");
            }
            // The stored JSON goes out as it was first written; the cast only satisfies the caller's signature.
            @SuppressWarnings("unchecked")
            RestResponse.ResponseBuilder<T> builder = (RestResponse.ResponseBuilder<T>) (RestResponse.ResponseBuilder<?>)
                    RestResponse.ResponseBuilder.create(stored.status).entity(stored.responseBody).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
            if (stored.location != null) {
                builder.header(HttpHeaders.LOCATION, stored.location);
            }
            if (stored.etag != null) {
                builder.header(HttpHeaders.ETAG, stored.etag);
            }
            replayedHeaders(stored.responseHeaders).forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
            return builder.header(REPLAYED, "true").build();
        });
    }

    private static String checked(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        String key = idempotencyKey.trim();
        if (key.length() > MAX_KEY_LENGTH || !VISIBLE_ASCII.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
        }
        return key;
    }

    private String storedBody(Object entity, Set<String> secretFields) {
        try {
            if (secretFields.isEmpty()) {
                return json.writeValueAsString(entity);
            }
            ObjectNode body = json.valueToTree(entity);
            secretFields.forEach(body::remove);
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body always serialises", e);
        }
    }

    /** The headers the create set besides Location and ETag (stored in their own columns) and the body's type. */
    private String storedHeaders(RestResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!OWN_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, List.copyOf(values));
            }
        });
        try {
            return headers.isEmpty() ? null : json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Header names and values always serialise", e);
        }
    }

    private Map<String, List<String>> replayedHeaders(String stored) {
        if (stored == null) {
            return Map.of();
        }
        try {
            return json.readValue(stored, STORED_HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored headers were written by storedHeaders", e);
        }
    }

    private String hash(String operation, Object request) {
        try {
            byte[] bytes = (operation + "\n" + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("A request body always hashes", e);
        }
    }
}
