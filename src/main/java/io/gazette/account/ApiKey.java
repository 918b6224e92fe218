package io.gazette.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** One key of an account. The secret itself is never stored, only its SHA-256. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(length = 100)
    public String label;

    /** Public part of the key, shown in lists so people can tell their keys apart. */
    @Column(nullable = false, length = 16)
    public String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64)
    public String secretHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @ApplicationScoped
    public static class Repository implements PanacheRepository<ApiKey> {
        public Optional<ApiKey> findByPrefix(String prefix) {
            return find("from ApiKey k join fetch k.account where k.prefix = ?1", prefix).firstResultOptional();
        }

        public List<ApiKey> ofAccounts(Collection<Account> accounts) {
            return accounts.isEmpty() ? List.of() : list("account in ?1 order by id", accounts);
        }
    }
}
