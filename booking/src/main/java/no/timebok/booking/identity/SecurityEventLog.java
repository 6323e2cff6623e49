package no.timebok.booking.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Writes security events in their own transaction, so a rolled-back request still leaves its trace. */
@Stateless
public class SecurityEventLog {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(SecurityEvent.Kind kind, Long staffUserId, String clientAddress, String path) {
        em.persist(SecurityEvent.of(kind, staffUserId, clientAddress, path, clock.instant()));
    }
}
