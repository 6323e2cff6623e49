package no.timebok.booking.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class ConsentEventRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(ConsentEvent event) {
        em.persist(event);
    }
}
