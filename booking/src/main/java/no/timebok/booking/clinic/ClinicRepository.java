package no.timebok.booking.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClinicRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public List<Clinic> findBookable() {
        return em.createQuery("SELECT c FROM Clinic c WHERE c.active = TRUE ORDER BY c.name", Clinic.class)
                .getResultList();
    }

    public Optional<Clinic> findBookable(long id) {
        return Optional.ofNullable(em.find(Clinic.class, id)).filter(Clinic::acceptsBookings);
    }
}
