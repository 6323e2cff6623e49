package no.timebok.booking.apiclient;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.timebok.common.config.RateLimit;
import no.timebok.common.persistence.UtcInstantConverter;

/** An integrating partner's client key: for which clinics, how fast, and whether it still holds. */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_id", nullable = false, length = 16, updatable = false)
    private String keyId;

    @Column(name = "secret_digest", nullable = false, length = 32, updatable = false)
    private byte[] secretDigest;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "revoked_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_client_clinic", joinColumns = @JoinColumn(name = "api_client_id"))
    @Column(name = "clinic_id")
    private Set<Long> clinicIds = new TreeSet<>();

    @Version
    private long version;

    protected ApiClient() {
    }

    static ApiClient issue(ApiClientKey key, String name, int requestsPerMinute, Set<Long> clinicIds,
                           long issuedBy, Instant now) {
        ApiClient client = new ApiClient();
        client.keyId = key.keyId();
        client.secretDigest = key.secretDigest();
        client.name = name;
        client.requestsPerMinute = requestsPerMinute;
        client.clinicIds = new TreeSet<>(clinicIds);
        client.createdBy = issuedBy;
        client.createdAt = now;
        return client;
    }

    /** Whether this key is the one presented: its secret matches (in constant time) and it is not revoked. */
    boolean acceptsSecretOf(ApiClientKey presented) {
        return revokedAt == null && MessageDigest.isEqual(secretDigest, presented.secretDigest());
    }

    /** Revoking twice keeps the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean sendsFor(long clinicId) {
        return clinicIds.contains(clinicId);
    }

    /** The key's own limit: its partner is one server, which a limit per address would throttle. */
    public RateLimit rateLimit() {
        return new RateLimit(requestsPerMinute, Duration.ofMinutes(1));
    }

    /** Whether an administrator of {@code adminClinics} answers for this key: it sends only for them. */
    boolean managedFrom(Set<Long> adminClinics) {
        return adminClinics.containsAll(clinicIds);
    }

    public long id() {
        return id;
    }

    public String keyId() {
        return keyId;
    }

    public String name() {
        return name;
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    public Set<Long> clinicIds() {
        return Set.copyOf(clinicIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
