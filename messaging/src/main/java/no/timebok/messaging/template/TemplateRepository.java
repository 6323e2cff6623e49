package no.timebok.messaging.template;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.MessageKind;

@ApplicationScoped
public class TemplateRepository {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    public Optional<MessageTemplate> find(MessageKind kind, Language language) {
        return em.createQuery("SELECT t FROM MessageTemplate t WHERE t.kind = :kind AND t.language = :language",
                        MessageTemplate.class)
                .setParameter("kind", kind)
                .setParameter("language", language.tag())
                .getResultStream()
                .findFirst();
    }

    public List<MessageTemplate> all() {
        return em.createQuery("SELECT t FROM MessageTemplate t ORDER BY t.kind, t.language", MessageTemplate.class)
                .getResultList();
    }
}
