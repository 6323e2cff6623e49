package no.timebok.booking.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A rights request as the officer's list shows it: no personal data, only what the deadline needs.
 *
 * @param daysLeft days until the due day (0 on the day), negative once overdue
 */
public record RightsRequestSummary(long id, long clinicId, RightsRequestKind kind, MatchedBy matchedBy,
                                   IdentityCheck identityCheck, LocalDate receivedOn, LocalDate dueOn,
                                   RightsRequestStatus status, int matchedRequests, boolean overdue, long daysLeft,
                                   Instant registeredAt, Optional<Instant> answeredAt) {

    static RightsRequestSummary of(RightsRequest request, LocalDate today) {
        return new RightsRequestSummary(request.id(), request.clinicId(), request.kind(), request.matchedBy(),
                request.identityCheck(), request.receivedOn(), request.dueOn(), request.status(),
                request.matchedRequests(), request.isOverdue(today), request.daysLeft(today), request.registeredAt(),
                request.closedAt());
    }
}
