package no.timebok.booking.apiclient;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.identity.SecurityEvent;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffMember;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.error.UnauthenticatedException;

/**
 * Issuing and revoking partners' client keys (administrators, for their own clinics), and knowing
 * the partner behind a request's key.
 */
@Stateless
public class ApiClientService {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 60;
    static final int MAX_REQUESTS_PER_MINUTE = 6_000;
    private static final String PATH = "/api/staff/admin/api-clients/";

    @Inject
    ApiClientRepository clients;

    @Inject
    ClinicRepository clinics;

    @Inject
    SecurityEventLog events;

    @Inject
    Clock clock;

    /**
     * A new key for a partner sending for some of the administrator's clinics. The key's text is in
     * the answer and nowhere else: it cannot be shown again, only revoked and issued anew.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "name", "requestsPerMinute" or "clinicIds"
     */
    public Issued issue(StaffMember admin, String name, Integer requestsPerMinute, Set<Long> clinicIds) {
        FieldErrors errors = new FieldErrors();
        String given = name == null ? "" : name.strip();
        if (given.isEmpty() || given.length() > 120 || given.chars().anyMatch(Character::isISOControl)) {
            errors.add("name", "apiClient.name.invalid");
        }
        int perMinute = requestsPerMinute == null ? DEFAULT_REQUESTS_PER_MINUTE : requestsPerMinute;
        if (perMinute < 1 || perMinute > MAX_REQUESTS_PER_MINUTE) {
            errors.add("requestsPerMinute", "apiClient.rate.invalid");
        }
        if (clinicIds.isEmpty() || !admin.clinicIds().containsAll(clinicIds)
                || !clinicIds.stream().allMatch(id -> clinics.findBookable(id).isPresent())) {
            errors.add("clinicIds", "staff.clinics.invalid");
        }
        errors.throwIfAny();
        ApiClientKey key = ApiClientKey.generate();
        ApiClient client = ApiClient.issue(key, given, perMinute, clinicIds, admin.id(), clock.instant());
        clients.add(client);
        events.record(SecurityEvent.Kind.API_CLIENT_ISSUED, admin.id(), null, PATH + client.id());
        return new Issued(client, key.text());
    }

    /** Takes effect on the key's next request, on every node: each request reads its key. */
    public ApiClient revoke(StaffMember admin, long id) {
        ApiClient client = managed(admin, id);
        client.revoke(clock.instant());
        events.record(SecurityEvent.Kind.API_CLIENT_REVOKED, admin.id(), null, PATH + id);
        return client;
    }

    /** The keys an administrator answers for: those sending only for the administrator's clinics. */
    public List<ApiClient> managedBy(StaffMember admin) {
        return clients.findAll().stream().filter(c -> c.managedFrom(admin.clinicIds())).toList();
    }

    public ApiClient managed(StaffMember admin, long id) {
        return clients.find(id).filter(c -> c.managedFrom(admin.clinicIds()))
                .orElseThrow(() -> new NotFoundException("apiClient.gone"));
    }

    /**
     * The partner whose valid key is in this {@code Authorization} header. A missing, malformed,
     * unknown, wrong or revoked key gets one and the same answer, so the answer tells nothing.
     *
     * @throws UnauthenticatedException for any of them
     */
    public ApiClient authenticate(String authorization) {
        return ApiClientKey.fromAuthorization(authorization)
                .flatMap(key -> clients.findByKeyId(key.keyId()).filter(client -> client.acceptsSecretOf(key)))
                .orElseThrow(() -> new UnauthenticatedException("apiClient.key.invalid"));
    }

    /** A key just issued, with the only copy of its text. */
    public record Issued(ApiClient client, String key) {
    }
}
