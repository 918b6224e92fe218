package io.gazette.webhook;

import io.gazette.event.EventType;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A registered receiver of webhook events (V22). */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 2000)
    public String url;

    /** Event types, space-separated. */
    @Column(nullable = false, length = 1000)
    public String events;

    @Column(nullable = false, length = 200)
    public String secret;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "disabled_reason", length = 2000)
    public String disabledReason;

    @Column(name = "failing_since")
    public Instant failingSince;

    /** The last event position when it was registered: it receives the events after it. */
    @Column(name = "from_position", nullable = false)
    public long fromPosition;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public List<EventType> eventTypes() {
        return Arrays.stream(events.split(" ")).map(name -> EventType.fromWireName(name).orElseThrow()).toList();
    }

    public void subscribe(Collection<EventType> types) {
        events = types.stream().distinct().map(EventType::wireName).collect(Collectors.joining(" "));
    }

    public boolean receives(String type) {
        return Arrays.asList(events.split(" ")).contains(type);
    }

    @ApplicationScoped
    public static class Repository implements PanacheRepository<WebhookEndpoint> {
    }
}
