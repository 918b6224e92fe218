package io.gazette.webhook;

import io.gazette.common.api.PageMeta;
import io.gazette.common.api.PageRequest;
import io.gazette.common.api.PagedList;
import io.gazette.common.error.Problem.FieldError;
import io.gazette.common.error.ProblemException;
import io.gazette.common.persistence.SqlReads;
import io.gazette.event.EventPositions;
import io.gazette.event.EventType;
import io.gazette.webhook.dto.CreatedWebhook;
import io.gazette.webhook.dto.DeliveryView;
import io.gazette.webhook.dto.PingView;
import io.gazette.webhook.dto.WebhookInput;
import io.gazette.webhook.dto.WebhookPatch;
import io.gazette.webhook.dto.WebhookView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Admins' endpoints and their delivery log. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class WebhookService {

    private static final String KNOWN_EVENTS = Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", "));

    private final WebhookEndpoint.Repository endpoints;
    private final WebhookTargets targets;
    private final Event<DeliveriesDue> due;
    private final SqlReads sql;
    private final Clock clock;
    private final WebhookSender sender;
    private final EventPositions positions;

    WebhookService(WebhookEndpoint.Repository endpoints, WebhookTargets targets, Event<DeliveriesDue> due, SqlReads sql, Clock clock,
                   WebhookSender sender, EventPositions positions) {
        this.endpoints = endpoints;
        this.targets = targets;
        this.due = due;
        this.sql = sql;
        this.clock = clock;
        this.sender = sender;
        this.positions = positions;
    }

    public PagedList<WebhookView> list(PageRequest page) {
        List<WebhookView> items = endpoints.findAll(Sort.by("id")).page(page.page() - 1, page.size())
                .list().stream().map(WebhookService::view).toList();
        return new PagedList<>(items, PageMeta.of(page, endpoints.count()));
    }

    public WebhookView get(long id) {
        return view(find(id));
    }

    @Transactional
    public CreatedWebhook create(WebhookInput input) {
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.url = targets.requireAcceptable("url", input.url().trim()).toString();
        endpoint.subscribe(eventTypes(input.events()));
        endpoint.secret = input.secret() == null ? WebhookSecrets.generate() : WebhookSecrets.require(input.secret());
        endpoint.active = input.active() == null || input.active();
        endpoint.fromPosition = positions.last();
        endpoint.createdAt = clock.instant();
        endpoint.updatedAt = endpoint.createdAt;
        endpoints.persistAndFlush(endpoint);
        return new CreatedWebhook(endpoint.id, endpoint.url, names(endpoint), endpoint.active, endpoint.secret, endpoint.createdAt);
    }

    @Transactional
    public WebhookView patch(long id, WebhookPatch patch) {
        WebhookEndpoint endpoint = find(id);
        if (patch.url() != null) {
            endpoint.url = targets.requireAcceptable("url", patch.url().trim()).toString();
        }
        if (patch.events() != null) {
            endpoint.subscribe(eventTypes(patch.events()));
        }
        if (patch.secret() != null) {
            endpoint.secret = WebhookSecrets.require(patch.secret());
        }
        if (patch.active() != null) {
            if (patch.active() && !endpoint.active) {
                endpoint.disabledReason = null;
                endpoint.failingSince = null;
            }
            endpoint.active = patch.active();
        }
        endpoint.updatedAt = clock.instant();
        endpoints.flush();
        return view(endpoint);
    }

    @Transactional
    public void delete(long id) {
        endpoints.delete(find(id));
        endpoints.flush();
    }

    /** Newest first, each with its attempts: three statements. */
    public PagedList<DeliveryView> deliveries(long endpointId, PageRequest page) {
        find(endpointId);
        List<DeliveryView> items = deliveryViews("d.endpoint_id = :endpoint", Map.of("endpoint", endpointId),
                " order by d.id desc limit " + page.size() + " offset " + page.offset());
        long[] total = new long[1];
        sql.select("select count(*) from webhook_delivery where endpoint_id = :endpoint", Map.of("endpoint", endpointId),
                row -> total[0] = row.getLong(1));
        return new PagedList<>(items, PageMeta.of(page, total[0]));
    }

    /**
     * Sends a webhook.ping to the endpoint now, active or not, and says what came back; outside any transaction (the
     * request may take the whole request timeout). Not logged with the deliveries.
     */
    public PingView ping(long id) {
        WebhookEndpoint endpoint = find(id);
        String eventId = "ping_" + UUID.randomUUID().toString().replace("-", "");
        WebhookSender.Outcome outcome = sender.ping(id, endpoint.url, endpoint.secret, eventId);
        return new PingView(eventId, outcome.succeeded(), new DeliveryView.Attempt(1, outcome.attemptedAt(), outcome.statusCode(),
                outcome.latencyMillis(), outcome.responseExcerpt(), outcome.error()));
    }

    /** Sends the delivery again from its first attempt: at once, then with the usual retries. */
    @Transactional
    public DeliveryView redeliver(long endpointId, long deliveryId) {
        WebhookEndpoint endpoint = find(endpointId);
        if (!endpoint.active) {
            throw ProblemException.conflict("Webhook " + endpointId + " is disabled; enable it (PATCH active: true) before redelivering");
        }
        int changed = endpoints.getEntityManager().createNativeQuery("update webhook_delivery set status = 'PENDING', round_attempts = 0,"
                        + " next_attempt_at = ?1 where id = ?2 and endpoint_id = ?3")
                .setParameter(1, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS))
                .setParameter(2, deliveryId)
                .setParameter(3, endpointId)
                .executeUpdate();
        if (changed == 0) {
            throw ProblemException.notFound("delivery", deliveryId + " of webhook " + endpointId);
        }
        due.fire(new DeliveriesDue());
        return deliveryViews("d.endpoint_id = :endpoint and d.id = :id", Map.of("endpoint", endpointId, "id", deliveryId), "").get(0);
    }

    private List<DeliveryView> deliveryViews(String where, Map<String, ?> parameters, String orderAndPage) {
        Map<Long, DeliveryView> byId = new LinkedHashMap<>();
        sql.select("select d.id, d.event_position, o.type, d.status, d.attempts, d.next_attempt_at, d.created_at from webhook_delivery d"
                + " join outbox_event o on o.position = d.event_position where " + where + orderAndPage, parameters, row -> {
                    DeliveryStatus status = DeliveryStatus.valueOf(row.getString(4));
                    byId.put(row.getLong(1), new DeliveryView(row.getLong(1), WebhookSender.eventId(row.getLong(2)), row.getString(3),
                            status, row.getInt(5), status == DeliveryStatus.PENDING ? SqlReads.instant(row, 6) : null,
                            SqlReads.instant(row, 7), new ArrayList<>()));
                });
        if (!byId.isEmpty()) {
            sql.select("select delivery_id, attempt_number, attempted_at, status_code, latency_ms, response_excerpt, error from webhook_attempt"
                    + " where delivery_id in (:ids) order by delivery_id, attempt_number, id", Map.of("ids", byId.keySet()), row -> {
                        int code = row.getInt(4);
                        Integer statusCode = row.wasNull() ? null : code;
                        byId.get(row.getLong(1)).attemptLog().add(new DeliveryView.Attempt(row.getInt(2), SqlReads.instant(row, 3),
                                statusCode, row.getLong(5), row.getString(6), row.getString(7)));
                    });
        }
        return List.copyOf(byId.values());
    }

    private WebhookEndpoint find(long id) {
        return endpoints.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("webhook", String.valueOf(id)));
    }

    private static List<EventType> eventTypes(List<String> names) {
        List<FieldError> errors = new ArrayList<>();
        List<EventType> types = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<EventType> type = name == null ? Optional.empty() : EventType.fromWireName(name.trim());
            if (type.isEmpty()) {
                errors.add(new FieldError("events[" + i + "]", "unknown event '" + name + "'; known: " + KNOWN_EVENTS));
            } else {
                types.add(type.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return types;
    }

    private static List<String> names(WebhookEndpoint endpoint) {
        return endpoint.eventTypes().stream().map(EventType::wireName).toList();
    }

    private static WebhookView view(WebhookEndpoint e) {
        return new WebhookView(e.id, e.url, names(e), e.active, e.disabledReason, e.failingSince, e.createdAt, e.updatedAt);
    }
}
