package no.timebok.booking.apiclient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiClientRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** Flushed at once: the database gives the id, which the security event and the answer name. */
    public void add(ApiClient client) {
        em.persist(client);
        em.flush();
    }

    public Optional<ApiClient> find(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    /** With its clinics in the same query: every API request reads its key. */
    public Optional<ApiClient> findByKeyId(String keyId) {
        return em.createQuery("SELECT DISTINCT c FROM ApiClient c LEFT JOIN FETCH c.clinicIds WHERE c.keyId = :keyId", ApiClient.class)
                .setParameter("keyId", keyId)
                .getResultStream().findFirst();
    }

    public List<ApiClient> findAll() {
        return em.createQuery("SELECT c FROM ApiClient c ORDER BY c.createdAt DESC, c.id DESC", ApiClient.class)
                .getResultList();
    }
}
